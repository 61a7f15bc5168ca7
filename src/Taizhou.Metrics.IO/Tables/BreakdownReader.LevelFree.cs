using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.IO;

/// <summary>Contribution tables without levels: the rows that print only a part's 贡献率 and/or 拉动.</summary>
public static partial class BreakdownReader
{
    /// <summary>Reads the table of <c>taizhou-metrics contrib</c> from a file: <see cref="ReadContrib(RowTable, string, bool)"/>.</summary>
    internal static ContribInput ReadContrib(string path, string? totalName, TableReadOptions? options, bool subItemsExhaust = false)
    {
        using var table = Open(path, options);
        return ReadContrib(table, totalName, subItemsExhaust);
    }

    /// <summary>Reads the table of <c>taizhou-metrics contrib</c> from a stream: <see cref="ReadContrib(RowTable, string, bool)"/>.</summary>
    internal static ContribInput ReadContrib(Stream stream, string source, string? totalName, TableReadOptions? options, bool subItemsExhaust = false)
    {
        using var table = Open(stream, source, options);
        return ReadContrib(table, totalName, subItemsExhaust);
    }

    /// <summary>
    /// Reads a breakdown table with levels, as <see cref="ReadPeriods(RowTable, string)"/> does, or a contribution
    /// table without levels. A table is without levels when no part's row has a <c>current</c>, <c>previous</c> or
    /// <c>growth</c> cell (the columns absent, or empty in every row) and its parts give <c>contribution_rate</c>
    /// (贡献率, percent) and/or <c>contribution_pp</c> (拉动, points); the <c>--total</c> row then gives the total's growth
    /// in its <c>growth</c> cell (or nothing: the growth is not printed). A table with levels in some parts' rows and
    /// only 贡献率 / 拉动 in others is refused at the first row that differs from the rows before it.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="totalName">The total's part name, or null.</param>
    /// <param name="subItemsExhaust">Whether every row with sub-items (rows naming it in their <c>parent</c> cell) is exhausted by them (<c>--sub-items-exhaust</c>).</param>
    /// <returns>The periods of the one kind of table or the other.</returns>
    /// <exception cref="InputFormatException">As for <see cref="ReadPeriods(RowTable, string)"/>; or the rows mix the two kinds; or a row without levels gives neither 贡献率 nor 拉动.</exception>
    internal static ContribInput ReadContrib(RowTable table, string? totalName, bool subItemsExhaust = false)
    {
        bool levelFreeHeader = !table.Has("current") && !table.Has("previous") && (table.Has("contribution_rate") || table.Has("contribution_pp"));
        if (!levelFreeHeader)
        {
            // A table with levels: its header's errors as before, before any row is read.
            CheckHeader(table);
        }
        else
        {
            table.Require("part");
            CheckColumns(table);
        }

        var rows = table.ReadRows().ToList();
        TableRow? firstLevel = null, firstFree = null;
        foreach (var row in rows)
        {
            string name = table.Cell(row, "part");
            bool isTotal = totalName is not null && name == totalName;
            bool levels = table.Cell(row, "current").Length > 0 || table.Cell(row, "previous").Length > 0 || (!isTotal && table.Cell(row, "growth").Length > 0);
            bool free = !levels && !isTotal && (table.Cell(row, "contribution_rate").Length > 0 || table.Cell(row, "contribution_pp").Length > 0);
            firstLevel ??= levels ? row : null;
            firstFree ??= free ? row : null;
            if (firstLevel is not null && firstFree is not null)
            {
                var (other, kind) = ReferenceEquals(row, firstFree)
                    ? (firstLevel, "has only 贡献率 / 拉动 (contribution_rate, contribution_pp), no levels")
                    : (firstFree, "has levels (current, previous or growth)");
                throw table.RowError(row.Number, $" ({CellText.Quote(name)}): {kind}, unlike {table.At(other.Number)} ({CellText.Quote(table.Cell(other, "part"))}); a table gives levels in every part's row or in none (then each part's 贡献率 and/or 拉动, and the total's growth on the --total row).");
            }
        }

        if (firstFree is null && (firstLevel is not null || !levelFreeHeader))
        {
            if (levelFreeHeader)
            {
                CheckHeader(table); // a part's growth without current: the missing column, as before
            }

            return new ContribInput(table.Has("period") ? ReadLevelPeriods(table, rows, totalName, subItemsExhaust) : [new PeriodBreakdown(null, ReadGroup(table, rows, totalName, null, subItemsExhaust))], null);
        }

        if (!table.Has("period"))
        {
            var all = new FreeGroup();
            foreach (var row in rows)
            {
                all.Add(table, row, totalName, string.Empty);
            }

            return new ContribInput(null, [all.Finish(table, totalName, null, subItemsExhaust)]);
        }

        var groups = GroupByPeriod(table, rows, () => new FreeGroup(), (g, row, ofPeriod) => g.Add(table, row, totalName, ofPeriod));
        return groups.Count == 0
            ? throw table.TableError("no parts to break down.")
            : new ContribInput(null, [.. groups.Select(g => g.Rows.Finish(table, totalName, g.Period, subItemsExhaust))]);
    }

    private static void CheckColumns(RowTable table)
    {
        for (int i = 0; i < table.Header.Count; i++)
        {
            if (!AllColumns.Contains(table.Header[i], StringComparer.Ordinal))
            {
                throw table.HeaderError($"unknown column {CellText.Quote(table.Names[i])} (known: {string.Join(", ", Columns)}).", table.Names[i]);
            }
        }
    }

    /// <summary>The rows of one table (or one period) without levels as they are read.</summary>
    private sealed class FreeGroup
    {
        private readonly List<ContributionRow> parts = [];
        private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);
        private PublishedValue? growth;
        private bool hasTotal;

        public void Add(RowTable table, TableRow row, string? totalName, string ofPeriod)
        {
            string name = PartName(table, row, lines, ofPeriod);

            int? precision = Precision(table, row);
            var rate = Number(table, row, "contribution_rate", precision);
            var points = Number(table, row, "contribution_pp", precision);
            if (totalName is not null && name == totalName)
            {
                if (rate is not null || points is not null)
                {
                    string column = rate is not null ? "contribution_rate" : "contribution_pp";
                    throw table.CellError(row.Number, column, $"the total's row {CellText.Quote(name)} gives the total's growth only (its 'growth' cell, or nothing); its 贡献率 is 100 and its 拉动 the growth by definition.");
                }

                growth = Number(table, row, "growth", precision);
                _ = ParentCell(table, row, name, totalName);
                hasTotal = true;
                return;
            }

            if (rate is null && points is null)
            {
                throw table.RowError(row.Number, $" ({CellText.Quote(name)}): neither levels (current, previous or growth) nor 贡献率 / 拉动 (contribution_rate, contribution_pp); give its levels, or its 贡献率 and/or 拉动{(totalName is null ? " (a total's row needs --total)" : string.Empty)}.");
            }

            parts.Add(new ContributionRow(name, rate, points) { Parent = ParentCell(table, row, name, totalName) });
        }

        public PeriodContributions Finish(RowTable table, string? totalName, Periods.ReportingPeriod? period, bool subItemsExhaust)
        {
            string inPeriod = period is { } p ? $" in period {p}" : string.Empty;
            if (totalName is not null && !hasTotal)
            {
                throw table.TableError($"--total {CellText.Quote(totalName)} names no row{inPeriod} (the parts{inPeriod} are: {CellText.Escape(string.Join(", ", lines.Keys))}).");
            }

            if (parts.Count == 0)
            {
                throw table.TableError($"no parts to break down{inPeriod}.");
            }

            var parents = CheckParents(table, parts, p => p.Name, p => p.Parent, lines, period?.ToString());
            var rows = subItemsExhaust
                ? parts.Select(p => parents.Contains(p.Name) ? new ContributionRow(p.Name, p.RatePercent, p.Points) { SubItemsExhaust = true } : p).ToList()
                : parts;
            return new PeriodContributions(period, rows, growth, lines);
        }
    }
}
