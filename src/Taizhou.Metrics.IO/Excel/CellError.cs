using System;
using System.Globalization;
using System.Text;

namespace Taizhou.Metrics.IO.Excel;

/// <summary>A cell that holds an error value (<c>#DIV/0!</c>, <c>#N/A</c>, …) instead of a value.</summary>
/// <param name="RowNumber">The 1-based row.</param>
/// <param name="ColumnNumber">The 1-based column (1 is A).</param>
/// <param name="Value">The error as Excel shows it, such as <c>#DIV/0!</c>.</param>
internal readonly record struct CellError(int RowNumber, int ColumnNumber, string Value)
{
    /// <summary>Gets the cell's address, such as <c>C7</c>.</summary>
    public string Address => ColumnName(ColumnNumber) + RowNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>Excel's name of a 1-based column: A … Z, AA … XFD.</summary>
    /// <param name="columnNumber">The 1-based column.</param>
    /// <returns>The letters.</returns>
    public static string ColumnName(int columnNumber)
    {
        var letters = new StringBuilder();
        for (int n = columnNumber; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return letters.ToString();
    }

    /// <summary>Reads a cell address such as <c>C7</c> (an optional <c>$</c> before each part is allowed).</summary>
    /// <param name="address">The address.</param>
    /// <param name="row">The 1-based row.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>Whether the text is an address.</returns>
    public static bool TryParseAddress(string? address, out int row, out int column)
    {
        row = 0;
        column = 0;
        if (string.IsNullOrEmpty(address))
        {
            return false;
        }

        int i = 0;
        if (address[i] == '$')
        {
            i++;
        }

        for (; i < address.Length && char.IsAsciiLetter(address[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(address[i]) - 'A' + 1);
            if (column > 16384)
            {
                return false;
            }
        }

        if (i < address.Length && address[i] == '$')
        {
            i++;
        }

        return column > 0
            && int.TryParse(address.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row)
            && row > 0;
    }
}
