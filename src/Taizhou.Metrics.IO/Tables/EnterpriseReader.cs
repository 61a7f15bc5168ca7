using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System;
using NodaTime.Text;
using NodaTime;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Reads an enterprise table, one row per firm and year (docs/enterprises.md): <c>id</c>, <c>name</c>,
/// <c>industry_code</c> (a GB/T 4754-2017 class), <c>cluster</c> (optional column; an empty cell maps the firm from its
/// class), <c>county</c>, <c>listed_on</c> (ISO date or empty), <c>founded</c> (ISO date), <c>year</c>, <c>output</c>,
/// <c>revenue</c> and <c>employees</c>. The money columns carry their unit in the header: <c>output</c> is in 元,
/// <c>output_wan</c> in 万元, <c>output_yi</c> in 亿元 (also <c>output_yuan</c>); the same for <c>revenue</c>.
/// </summary>
/// <remarks>
/// Every cell of output, revenue and employees is required: the tier rules need all three (output for the 2211 tiers,
/// revenue for 规上 and the size classes, employees for the size classes and high growth). A firm's name, class,
/// cluster, county, listing and founding date must be the same on all its rows.
/// <para>
/// Every error is an <see cref="InputFormatException"/> naming the file, the line and the column, with the message the
/// command-line tool prints (docs/bad-input.md). Chinese headers such as 地区 (county) and 年份 (year) are read as the
/// columns (docs/input.md); a quoted number may hold thousands separators (<c>"1,234.5"</c>).
/// </para>
/// </remarks>
public static class EnterpriseReader
{
    /// <summary>The plain columns the reader knows (besides the money columns with their unit suffix).</summary>
    private static readonly string[] Columns = ["id", "name", "industry_code", "cluster", "county", "listed_on", "founded", "year", "employees"];

    private static readonly string[] AllColumns = [.. Columns, "output", "output_yuan", "output_wan", "output_yi", "revenue", "revenue_yuan", "revenue_wan", "revenue_yi"];

    private static readonly string[] Required = ["id", "name", "industry_code", "county", "listed_on", "founded", "year", "employees"];

    /// <summary>Reads the firms of a delimited text file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="map">The cluster map, for the codes allowed in <c>cluster</c> (<see cref="ClusterMap.TaizhouDefault"/> for Taizhou's).</param>
    /// <param name="options">The encoding, delimiter and header aliases; null for <see cref="TableReadOptions.Default"/>.</param>
    /// <returns>The firms, in order of first appearance, and the years present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="map"/> is null.</exception>
    /// <exception cref="InputFormatException">The file cannot be read or decoded, its text breaks the CSV policy, a column is missing or unknown, a money column has an unknown unit, a cell is bad, a firm-year repeats, or a firm's fixed attributes differ between rows; the message names the line and column.</exception>
    public static EnterpriseTable Read(string path, ClusterMap map, TableReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        using var table = RowTable.OpenFile(path, options ?? TableReadOptions.Default, AllColumns, HeaderAliases.Enterprise);
        return Read(table, map);
    }

    /// <summary>Reads the firms of delimited text in a stream (standard input, a download).</summary>
    /// <param name="stream">The bytes; left open.</param>
    /// <param name="source">The name of the text for messages (<c>-</c> for standard input).</param>
    /// <param name="map">The cluster map, for the codes allowed in <c>cluster</c>.</param>
    /// <param name="options">The encoding, delimiter and header aliases; null for <see cref="TableReadOptions.Default"/>.</param>
    /// <returns>The firms, in order of first appearance, and the years present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/>, <paramref name="source"/> or <paramref name="map"/> is null.</exception>
    /// <exception cref="InputFormatException">As for <see cref="Read(string, ClusterMap, TableReadOptions)"/>.</exception>
    public static EnterpriseTable Read(Stream stream, string source, ClusterMap map, TableReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        using var table = RowTable.Open(stream, source, options ?? TableReadOptions.Default, AllColumns, HeaderAliases.Enterprise, leaveOpen: true);
        return Read(table, map);
    }

    /// <summary>Reads the firms of a table of any source (delimited text, a sheet).</summary>
    /// <param name="table">The table.</param>
    /// <param name="map">The cluster map.</param>
    /// <returns>The firms and years.</returns>
    internal static EnterpriseTable Read(RowTable table, ClusterMap map)
    {
        string src = table.Source;
        string? outputColumn = null, revenueColumn = null;
        MetricUnit outputUnit = default, revenueUnit = default;
        for (int i = 0; i < table.Header.Count; i++)
        {
            string column = table.Header[i];
            if (Columns.Contains(column, StringComparer.Ordinal))
            {
                continue;
            }

            if (MoneyColumn(column, "output", table) is { } o)
            {
                outputColumn = Once(outputColumn, column, "output", table);
                outputUnit = o;
            }
            else if (MoneyColumn(column, "revenue", table) is { } r)
            {
                revenueColumn = Once(revenueColumn, column, "revenue", table);
                revenueUnit = r;
            }
            else
            {
                throw table.HeaderCellError(table.Names[i], $"unknown column (known: {string.Join(", ", Columns)}, output[_wan|_yi], revenue[_wan|_yi]).");
            }
        }

        table.Require(Required);
        if (outputColumn is null)
        {
            throw table.HeaderError($"missing column 'output' (output in 元, output_wan in 万元 or output_yi in 亿元): the aircraft-carrier and flagship rules need it.");
        }

        if (revenueColumn is null)
        {
            throw table.HeaderError($"missing column 'revenue' (revenue in 元, revenue_wan in 万元 or revenue_yi in 亿元): the above-designated-size (规上) and NBS size-class rules need it.");
        }

        var firms = new Dictionary<string, FirmRows>(StringComparer.Ordinal);
        var order = new List<string>();
        var years = new SortedSet<int>();
        bool hasCluster = table.Has("cluster");
        foreach (var row in table.ReadRows())
        {
            string id = NonEmpty(table, row, "id");
            var attributes = new Attributes(
                NonEmpty(table, row, "name"),
                Code(table, row),
                hasCluster ? ClusterOf(table, row, map) : null,
                NonEmpty(table, row, "county"),
                Date(table, row, "listed_on", optional: true),
                Date(table, row, "founded", optional: false)!.Value);
            int year = Year(table, row);
            if (year < attributes.Founded.Year)
            {
                throw table.CellError(row.Number, "year", $"{year} is before the firm's founding date {LocalDatePattern.Iso.Format(attributes.Founded)}.");
            }

            decimal output = Number(table, row, outputColumn);
            decimal revenue = Number(table, row, revenueColumn);
            decimal employees = Number(table, row, "employees");
            if (!firms.TryGetValue(id, out var firm))
            {
                firm = new FirmRows(row.Number, attributes);
                firms[id] = firm;
                order.Add(id);
            }
            else
            {
                Same(table, row.Number, id, firm, attributes);
            }

            if (!firm.Lines.TryAdd(year, row.Number))
            {
                throw table.CellError(row.Number, "year", $"firm {CellText.Quote(id)} already has a row for {year} on {table.At(firm.Lines[year])} (one row per firm and year).");
            }

            var period = ReportingPeriod.CalendarYear(year);
            firm.Output.Add(Observation.Of(period, output));
            firm.Revenue.Add(Observation.Of(period, revenue));
            firm.Employees.Add(Observation.Of(period, employees));
            years.Add(year);
        }

        if (order.Count == 0)
        {
            throw table.TableError("no rows after the header.");
        }

        var result = new List<Enterprise>(order.Count);
        foreach (string id in order)
        {
            var f = firms[id];
            var a = f.Attributes;
            result.Add(new Enterprise(
                id,
                a.Name,
                a.Code,
                a.County,
                a.Founded,
                TimeSeries.Create(SeriesKind.Flow, outputUnit, f.Output, $"output of {id}"),
                TimeSeries.Create(SeriesKind.Flow, revenueUnit, f.Revenue, $"revenue of {id}"),
                TimeSeries.Create(SeriesKind.Stock, MetricUnit.Count, f.Employees, $"employees of {id}"),
                a.ListedOn is LocalDate listed ? new Listing("unspecified", listed) : null,
                a.Cluster));
        }

        return new EnterpriseTable(result, years);
    }

    /// <summary>The unit of a money column <c>base</c>, <c>base_yuan</c>, <c>base_wan</c> or <c>base_yi</c>; null when the column is not one of <paramref name="baseName"/>'s.</summary>
    private static MetricUnit? MoneyColumn(string column, string baseName, RowTable table)
    {
        if (column == baseName)
        {
            return MetricUnit.Yuan;
        }

        if (!column.StartsWith(baseName + "_", StringComparison.Ordinal))
        {
            return null;
        }

        return column[(baseName.Length + 1)..] switch
        {
            "yuan" => MetricUnit.Yuan,
            "wan" => MetricUnit.WanYuan,
            "yi" => MetricUnit.YiYuan,
            var suffix => throw table.HeaderCellError(column, $"unknown unit {CellText.Quote(suffix)}; write {baseName} (元), {baseName}_wan (万元) or {baseName}_yi (亿元)."),
        };
    }

    private static string Once(string? existing, string column, string baseName, RowTable table) => existing is null
        ? column
        : throw table.HeaderCellError(column, $"the {baseName} is already given in column '{existing}'; give it once, in one unit.");

    private static string NonEmpty(RowTable table, TableRow row, string column)
    {
        string text = table.Cell(row, column);
        return text.Length > 0 ? text : throw table.CellError(row.Number, column, $"empty.");
    }

    private static IndustryCode Code(RowTable table, TableRow row)
    {
        string text = NonEmpty(table, row, "industry_code");
        try
        {
            return IndustryCode.Parse(text);
        }
        catch (FormatException ex)
        {
            throw table.CellError(row.Number, "industry_code", CellText.Escape(ex.Message));
        }
    }

    private static Cluster? ClusterOf(RowTable table, TableRow row, ClusterMap map)
    {
        string text = table.Cell(row, "cluster");
        if (text.Length == 0)
        {
            return null;
        }

        return map.FindCluster(text) ?? throw table.CellError(row.Number, "cluster", $"{CellText.Quote(text)} is not a cluster (known: {string.Join(", ", map.Clusters.Select(c => c.Code))}; leave it empty to map the firm from its industry class).");
    }

    private static LocalDate? Date(RowTable table, TableRow row, string column, bool optional)
    {
        string text = table.Cell(row, column);
        if (text.Length == 0)
        {
            return optional ? null : throw table.CellError(row.Number, column, $"empty; give a date such as 2015-03-01.");
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success
            ? parsed.Value
            : throw table.CellError(row.Number, column, $"{CellText.Quote(text)} is not a date; write it as 2015-03-01 (ISO 8601).");
    }

    private static int Year(RowTable table, TableRow row)
    {
        string text = NonEmpty(table, row, "year");
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1900 and <= ReportingPeriod.MaxYear
            ? year
            : throw table.CellError(row.Number, "year", $"{CellText.Quote(text)} is not a year such as 2021.");
    }

    private static decimal Number(RowTable table, TableRow row, string column)
    {
        string text = table.Cell(row, column);
        if (text.Length == 0)
        {
            throw table.CellError(row.Number, column, $"empty; the tier rules need every firm's output, revenue and employees in each of its years.");
        }

        table.PercentCell(row, column, text, percent: false);

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal value))
        {
            if (CellNumber.TryParse(text, table.IsQuoted(row, column), out var grouped))
            {
                return grouped.Value >= 0m ? grouped.Value : throw table.CellError(row.Number, column, $"{CellText.Shorten(text)} is negative.");
            }

            throw table.CellError(row.Number, column, $"{CellText.Quote(text)} is not a number (no thousands separators or units in the cell).");
        }

        return value >= 0m ? value : throw table.CellError(row.Number, column, $"{CellText.Shorten(text)} is negative.");
    }

    private static void Same(RowTable table, int line, string id, FirmRows firm, Attributes now)
    {
        var was = firm.Attributes;
        (string Column, string Before, string After)? diff =
            was.Name != now.Name ? ("name", was.Name, now.Name)
            : was.Code != now.Code ? ("industry_code", was.Code.Code, now.Code.Code)
            : !Equals(was.Cluster, now.Cluster) ? ("cluster", was.Cluster?.Code ?? "", now.Cluster?.Code ?? "")
            : was.County != now.County ? ("county", was.County, now.County)
            : was.ListedOn != now.ListedOn ? ("listed_on", Iso(was.ListedOn), Iso(now.ListedOn))
            : was.Founded != now.Founded ? ("founded", Iso(was.Founded), Iso(now.Founded))
            : null;
        if (diff is var (column, before, after))
        {
            throw table.CellError(line, column, $"firm {CellText.Quote(id)} has {CellText.Quote(after)} here but {CellText.Quote(before)} on {table.At(firm.FirstLine)}; a firm's {column} must be the same on all its rows.");
        }
    }

    private static string Iso(LocalDate? date) => date is LocalDate d ? LocalDatePattern.Iso.Format(d) : "";

    private sealed record Attributes(string Name, IndustryCode Code, Cluster? Cluster, string County, LocalDate? ListedOn, LocalDate Founded);

    private sealed class FirmRows(int firstLine, Attributes attributes)
    {
        public int FirstLine { get; } = firstLine;

        public Attributes Attributes { get; } = attributes;

        public Dictionary<int, int> Lines { get; } = [];

        public List<Observation> Output { get; } = [];

        public List<Observation> Revenue { get; } = [];

        public List<Observation> Employees { get; } = [];
    }
}
