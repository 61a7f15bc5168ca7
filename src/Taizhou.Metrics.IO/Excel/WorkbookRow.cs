using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace Taizhou.Metrics.IO;

/// <summary>One non-blank row of a worksheet, its cells as text (see <see cref="WorkbookReader"/> for the rules).</summary>
public sealed class WorkbookRow
{
    internal WorkbookRow(int rowNumber, string[] cells)
    {
        RowNumber = rowNumber;
        Cells = new ReadOnlyCollection<string>(cells);
    }

    /// <summary>Gets the 1-based row number, as Excel shows it at the left of the sheet.</summary>
    public int RowNumber { get; }

    /// <summary>
    /// Gets the cells from column A on; every row of a sheet has the same number of cells (the sheet's width, up to its
    /// last column that holds something), empty cells being empty strings.
    /// </summary>
    public IReadOnlyList<string> Cells { get; }

    /// <summary>Gets the cell in a 0-based column (0 is column A).</summary>
    /// <param name="column">The 0-based column.</param>
    /// <returns>The cell's text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is negative or past the sheet's width.</exception>
    public string this[int column] => Cells[column];

    /// <summary>The row number and the cells, separated by commas, for a quick look.</summary>
    /// <returns>For example <c>2: 2018年1-6月份, 1234.5, 2018-06-30</c>.</returns>
    public override string ToString() =>
        RowNumber.ToString(CultureInfo.InvariantCulture) + ": " + string.Join(", ", Cells);
}
