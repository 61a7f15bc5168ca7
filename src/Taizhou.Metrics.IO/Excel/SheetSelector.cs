using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Which worksheet of an Excel workbook to read: by its name, or by its place among the workbook's sheets.
/// </summary>
/// <remarks>
/// <para>
/// The text form (<see cref="Parse"/>, <see cref="ToString"/>, and the command-line option <c>--sheet</c>) is either
/// a sheet's name, such as <c>Data</c> or <c>2018年</c>, or <c>#</c> followed by the sheet's 1-based position as the
/// tabs are counted from the left, such as <c>#2</c> for the second sheet. In code, <see cref="ByIndex"/> takes the
/// 0-based index instead (<c>ByIndex(1)</c> is <c>#2</c>). Hidden sheets count: they keep their place.
/// </para>
/// <para>
/// A name matches a sheet whose name is the same, ignoring case (Excel does not allow two sheets whose names differ only
/// in case). A sheet whose own name is <c>#</c> followed by digits can be chosen in code with <see cref="ByName"/>, or
/// by its position. The default value is <see cref="First"/>. When the workbook has no such sheet the reader throws an
/// <see cref="InputFormatException"/> that lists the workbook's sheets.
/// </para>
/// </remarks>
public readonly struct SheetSelector : IEquatable<SheetSelector>
{
    private readonly string? name;
    private readonly int index;

    private SheetSelector(string? name, int index)
    {
        this.name = name;
        this.index = index;
    }

    /// <summary>Gets the selector of the workbook's first sheet (<c>#1</c>), the default.</summary>
    public static SheetSelector First => default;

    /// <summary>Gets the sheet's name, or null when the sheet is chosen by its index.</summary>
    public string? Name => name;

    /// <summary>Gets the sheet's 0-based index, or null when the sheet is chosen by its name.</summary>
    public int? Index => name is null ? index : null;

    /// <summary>Chooses the sheet with the given name (ignoring case).</summary>
    /// <param name="name">The sheet's name, as on its tab.</param>
    /// <returns>The selector.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static SheetSelector ByName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new SheetSelector(name, 0);
    }

    /// <summary>Chooses the sheet at the given 0-based index among the workbook's sheets (0 is the first tab).</summary>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The selector.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static SheetSelector ByIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new SheetSelector(null, index);
    }

    /// <summary>
    /// Reads a selector from its text form: <c>#</c> and a 1-based position (<c>#1</c> is the first sheet), or else a
    /// sheet's name.
    /// </summary>
    /// <param name="text">The text, for example <c>Data</c>, <c>工业</c> or <c>#2</c>.</param>
    /// <returns>The selector.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is empty, or is <c>#0</c> (positions start at 1).</exception>
    public static SheetSelector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out SheetSelector selector)
            ? selector
            : throw new FormatException(text.Length == 0
                ? "A sheet is chosen by its name or by # and its position (#1 is the first sheet); the text is empty."
                : $"'{text}' is not a sheet position: positions start at 1 (#1 is the first sheet).");
    }

    /// <summary>Reads a selector from its text form (see <see cref="Parse"/>) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="selector">The selector, or <see cref="First"/> when the text is not one.</param>
    /// <returns>Whether the text is a selector: false for null, empty and <c>#0</c>.</returns>
    public static bool TryParse(string? text, out SheetSelector selector)
    {
        selector = First;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text.Length > 1 && text[0] == '#' && text.AsSpan(1).ContainsAnyExceptInRange('0', '9') is false)
        {
            if (!int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int position) || position < 1)
            {
                return false;
            }

            selector = new SheetSelector(null, position - 1);
            return true;
        }

        selector = new SheetSelector(text, 0);
        return true;
    }

    /// <summary>The text form: the name, or <c>#</c> and the 1-based position.</summary>
    /// <returns>The text that <see cref="Parse"/> reads back.</returns>
    public override string ToString() =>
        name ?? "#" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(SheetSelector other) => name == other.name && index == other.index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SheetSelector other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(name, index);

    /// <summary>Whether two selectors choose the same way (the same name, or the same index).</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SheetSelector left, SheetSelector right) => left.Equals(right);

    /// <summary>Whether two selectors differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SheetSelector left, SheetSelector right) => !left.Equals(right);

    /// <summary>Finds the chosen sheet among a workbook's sheets.</summary>
    /// <param name="sheetNames">The workbook's sheet names, in tab order.</param>
    /// <param name="path">The file, for the message.</param>
    /// <returns>The 0-based index of the sheet.</returns>
    /// <exception cref="InputFormatException">There is no such sheet; the message lists the workbook's sheets.</exception>
    internal int Resolve(IReadOnlyList<string> sheetNames, string path)
    {
        if (name is null)
        {
            if (index < sheetNames.Count)
            {
                return index;
            }

            throw new InputFormatException(path, null, null, $"{path}: there is no sheet {this}: the workbook has {Sheets(sheetNames.Count)}: {List(sheetNames)}.", null);
        }

        for (int i = 0; i < sheetNames.Count; i++)
        {
            if (string.Equals(sheetNames[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new InputFormatException(path, null, null, $"{path}: there is no sheet named '{name}': the workbook has {Sheets(sheetNames.Count)}: {List(sheetNames)}.", null);
    }

    private static string Sheets(int count) => count == 1 ? "1 sheet" : count.ToString(CultureInfo.InvariantCulture) + " sheets";

    private static string List(IReadOnlyList<string> names) =>
        names.Count == 0 ? "none" : string.Join(", ", names.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"#{i + 1} '{n}'")));
}
