using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Reads a regions × industries table in long form, one row per (region, industry): the columns <c>region</c>,
/// <c>industry</c> and <c>value</c> (the level at the end period), and optionally <c>previous</c> (the level at the start
/// period, for a shift-share) and <c>projected</c> (on the reference region's rows only: its projected level, for the
/// shift-share projection). Chinese headers such as 地区, 行业 and 数值 are read as these columns (docs/input.md).
/// </summary>
/// <remarks>
/// Nothing is filled in: a (region, industry) pair without a row, a pair with two rows, an empty, non-numeric or
/// negative level is an <see cref="InputFormatException"/> naming the file, the line and the column (docs/bad-input.md).
/// A region with an industry it does not have needs a row with 0 (or <c>missingAsZero</c>, which reads a pair without a
/// row as 0; the tool's <c>--missing-as-zero</c>). When a reference region is named, its rows are the
/// reference (the nation) and not a region; it must have every industry, and no region may exceed it in an industry.
/// </remarks>
public static class RegionalReader
{
    /// <summary>The line of a cell read as 0 for want of a row (<c>missingAsZero</c>).</summary>
    private const int NoRow = -1;

    private static readonly string[] Columns = ["region", "industry", "value", "previous", "projected"];

    /// <summary>Reads a regional table from a file (delimited text, or a sheet of an .xlsx or .xls workbook).</summary>
    /// <param name="path">The file.</param>
    /// <param name="reference">The value of <c>region</c> in the reference's rows, or null when the reference is the sum of the regions.</param>
    /// <param name="options">The encoding, delimiter, sheet and header aliases; null for <see cref="TableReadOptions.Default"/>.</param>
    /// <param name="missingAsZero">
    /// Whether a (region, industry) pair without a row is read as 0 in every column (a table that leaves out the
    /// industries a region does not have); by default it is an error. An empty cell is an error either way.
    /// </param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InputFormatException">The file cannot be read, a column is missing, or a row or cell is wrong (see the remarks).</exception>
    public static RegionalTable Read(string path, string? reference = null, TableReadOptions? options = null, bool missingAsZero = false)
    {
        using var table = RowTable.OpenFile(path, options ?? TableReadOptions.Default, Columns, HeaderAliases.Regional);
        return Read(table, reference, missingAsZero);
    }

    /// <summary>Reads a regional table from a stream of delimited text or a workbook (standard input, a download).</summary>
    /// <param name="stream">The bytes; left open.</param>
    /// <param name="source">The name of the text for messages (<c>-</c> for standard input).</param>
    /// <param name="reference">The value of <c>region</c> in the reference's rows, or null when the reference is the sum of the regions.</param>
    /// <param name="options">The encoding, delimiter, sheet and header aliases; null for <see cref="TableReadOptions.Default"/>.</param>
    /// <param name="missingAsZero">Whether a (region, industry) pair without a row is read as 0 in every column; by default it is an error.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="InputFormatException">As for <see cref="Read(string, string, TableReadOptions, bool)"/>.</exception>
    public static RegionalTable Read(Stream stream, string source, string? reference = null, TableReadOptions? options = null, bool missingAsZero = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        using var table = RowTable.Open(stream, source, options ?? TableReadOptions.Default, Columns, HeaderAliases.Regional, leaveOpen: true);
        return Read(table, reference, missingAsZero);
    }

    /// <summary>Reads the rows of an open table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="reference">The reference's region name, or null.</param>
    /// <param name="missingAsZero">Whether a pair without a row is read as 0.</param>
    /// <returns>The table read.</returns>
    internal static RegionalTable Read(RowTable table, string? reference, bool missingAsZero)
    {
        table.Require("region", "industry", "value");
        bool hasPrevious = table.Has("previous");
        bool hasProjected = table.Has("projected");
        if (hasProjected && reference is null)
        {
            throw table.HeaderCellError(table.Names[table.Header.ToList().IndexOf("projected")], "a projected level is the reference's: name the reference region (--reference NAME), whose rows carry it.");
        }

        if (hasProjected && !hasPrevious)
        {
            throw table.HeaderError("missing column 'previous': the shift-share projection carries the regional shift of the past period forward, so it needs the start levels too.");
        }

        var regions = new List<string>();
        var industries = new List<string>();
        var industrySet = new HashSet<string>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = new Dictionary<(string Region, string Industry), Cell>();
        foreach (var row in table.ReadRows())
        {
            string region = table.Cell(row, "region");
            if (region.Length == 0)
            {
                throw table.CellError(row.Number, "region", "the region is empty.");
            }

            string industry = table.Cell(row, "industry");
            if (industry.Length == 0)
            {
                throw table.CellError(row.Number, "industry", "the industry is empty.");
            }

            if (cells.TryGetValue((region, industry), out var earlier))
            {
                throw table.CellError(row.Number, "industry", $"region {CellText.Quote(region)} already has a row for {CellText.Quote(industry)}, on {table.At(earlier.Line)}; give each (region, industry) once.");
            }

            if (firstLine.TryAdd(region, row.Number))
            {
                regions.Add(region);
            }

            if (industrySet.Add(industry))
            {
                industries.Add(industry);
            }

            double value = Level(table, row, "value");
            double? previous = hasPrevious ? Level(table, row, "previous") : null;
            double? projected = null;
            if (hasProjected)
            {
                bool isReference = region == reference;
                string text = table.Cell(row, "projected");
                if (!isReference && text.Length > 0)
                {
                    throw table.CellError(row.Number, "projected", $"only the reference region's rows ({CellText.Quote(reference!)}) carry a projected level; leave it empty for {CellText.Quote(region)}.");
                }

                if (isReference)
                {
                    projected = Level(table, row, "projected");
                }
            }

            cells.Add((region, industry), new Cell(row.Number, value, previous, projected));
        }

        if (cells.Count == 0)
        {
            throw table.TableError("no rows after the header.");
        }

        if (reference is not null && !firstLine.ContainsKey(reference))
        {
            throw table.TableError($"--reference {CellText.Quote(reference)} names no region (the regions are: {CellText.Escape(string.Join(", ", regions))}).");
        }

        foreach (string region in regions)
        {
            foreach (string industry in industries)
            {
                if (!cells.ContainsKey((region, industry)))
                {
                    if (missingAsZero)
                    {
                        cells.Add((region, industry), new Cell(NoRow, 0.0, hasPrevious ? 0.0 : null, hasProjected && region == reference ? 0.0 : null));
                        continue;
                    }

                    throw table.CellError(firstLine[region], "industry", $"region {CellText.Quote(region)} (first on this line) has no row for industry {CellText.Quote(industry)}; every region needs a row for every industry, 0 where it has none (a missing figure is never read as zero, unless --missing-as-zero).");
                }
            }
        }

        var names = regions.Where(r => r != reference).ToList();
        if (names.Count == 0)
        {
            throw table.TableError($"the table holds only the reference {CellText.Quote(reference!)}; at least one other region is needed.");
        }

        double[]? referenceLevels = reference is null ? null : [.. industries.Select(i => cells[(reference, i)].Value)];
        if (referenceLevels is not null)
        {
            foreach (string region in names)
            {
                for (int i = 0; i < industries.Count; i++)
                {
                    var cell = cells[(region, industries[i])];
                    if (cell.Value > referenceLevels[i])
                    {
                        throw table.CellError(cell.Line, "value", string.Create(CultureInfo.InvariantCulture, $"{CellText.Quote(region)} has {cell.Value} of {CellText.Quote(industries[i])}, more than the reference {CellText.Quote(reference!)} ({referenceLevels[i]}, {Where(table, cells[(reference!, industries[i])].Line)}); the reference must contain every region."));
                    }
                }
            }
        }

        try
        {
            var levels = RegionIndustryMatrix.FromRows(names, industries, [.. names.Select(r => (IReadOnlyList<double>)[.. industries.Select(i => cells[(r, i)].Value)])]);
            var previousLevels = hasPrevious
                ? RegionIndustryMatrix.FromRows(names, industries, [.. names.Select(r => (IReadOnlyList<double>)[.. industries.Select(i => cells[(r, i)].Previous!.Value)])])
                : null;
            return new RegionalTable(
                levels,
                previousLevels,
                reference,
                referenceLevels is null ? null : Array.AsReadOnly(referenceLevels),
                reference is null || !hasPrevious ? null : Array.AsReadOnly(industries.Select(i => cells[(reference, i)].Previous!.Value).ToArray()),
                hasProjected ? Array.AsReadOnly(industries.Select(i => cells[(reference!, i)].Projected!.Value).ToArray()) : null);
        }
        catch (ArgumentException ex)
        {
            throw table.TableError(Refusal.Message(ex), ex);
        }
    }

    /// <summary>A level cell: a number as printed, not negative; an empty cell is an error, never zero.</summary>
    private static double Level(RowTable table, TableRow row, string column)
    {
        string text = table.Cell(row, column);
        if (text.Length == 0)
        {
            throw table.CellError(row.Number, column, "the level is empty; give 0 where the region has none of the industry (a missing figure is never read as zero).");
        }

        text = table.PercentCell(row, column, text, percent: false);
        if (!CellNumber.TryParse(text, table.IsQuoted(row, column), out var number))
        {
            throw table.CellError(row.Number, column, $"{CellText.Quote(text)} is not a number.");
        }

        if (number.Value < 0m)
        {
            throw table.CellError(row.Number, column, $"{CellText.Quote(text)} is negative; a level is not.");
        }

        return (double)number.Value;
    }

    private static string Where(RowTable table, int line) => line == NoRow ? "no row, read as 0" : table.At(line);

    private sealed record Cell(int Line, double Value, double? Previous, double? Projected);
}
