using System.Text.RegularExpressions;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Reads a number from a table's cell: a figure as printed (<see cref="PublishedValue.TryParse"/>), or, in a cell that
/// was quoted in the text, one with thousands separators (<c>"1,234.5"</c>: groups of three digits after a comma).
/// </summary>
internal static partial class CellNumber
{
    /// <summary>Tries to read a number.</summary>
    /// <param name="text">The cell, trimmed.</param>
    /// <param name="quoted">Whether the cell was quoted in the text.</param>
    /// <param name="value">The number with its printed decimals.</param>
    /// <returns><see langword="true"/> when the cell is a number.</returns>
    public static bool TryParse(string text, bool quoted, out PublishedValue value)
    {
        if (PublishedValue.TryParse(text, out value))
        {
            return true;
        }

        return quoted && Grouped().IsMatch(text) && PublishedValue.TryParse(text.Replace(",", string.Empty, System.StringComparison.Ordinal), out value);
    }

    [GeneratedRegex(@"^[-+]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")]
    private static partial Regex Grouped();
}
