using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Cli.Input;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Structure;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>
/// <c>taizhou-metrics regional</c>: reads a regions × industries table (one row per region and industry) and prints
/// the regional indices of the library: per region its total, Krugman specialisation, Hachman index, diversity and
/// entropy; per industry its share, ubiquity and locational Gini; the location-quotient matrix; with start levels a
/// shift-share per region, and with the reference's projected levels the shift-share projection (docs/structure.md,
/// "Regional indices on the command line").
/// </summary>
internal static class RegionalCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="stdin">Opens standard input, for <c>--input -</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, Func<Stream> stdin)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "Regional table (CSV, TSV or semicolon-separated, or an .xlsx or .xls workbook with --sheet; - for standard input), one row per region and industry: region (地区), industry (行业), value (the level at the end), optional previous (the level at the start: shift-share) and projected (the reference's projected level, on its rows only: shift-share projection).",
            Required = true,
        };
        var reference = new Option<string?>("--reference")
        {
            Description = "The region whose rows are the reference (the nation, 全国 or 全省); it is not one of the regions. Without it the reference is the sum of the regions.",
            HelpName = "NAME",
        };
        var giniMethod = new Option<string>("--gini-method")
        {
            Description = "Locational Gini per industry: quotient (default; the Gini of the regions' location quotients, REAT's gini.conc, 0 to 1) or krugman (size-weighted Lorenz area, EconGeo's locational.Gini, 0 to 0.5).",
            DefaultValueFactory = _ => "quotient",
        };
        giniMethod.AcceptOnlyFromAmong("quotient", "krugman");
        var lqCut = new Option<string>("--lq-cut")
        {
            Description = "When an LQ counts for diversity and ubiquity: above (default; LQ > 1) or at-least (LQ ≥ 1, EconGeo's RCA = TRUE).",
            DefaultValueFactory = _ => "above",
        };
        lqCut.AcceptOnlyFromAmong("above", "at-least");
        var missingAsZero = new Option<bool>("--missing-as-zero")
        {
            Description = "Read a (region, industry) pair that has no row as 0 in every column (a table that leaves out what a region does not have). Without it such a pair is an error: a missing figure is never read as zero. An empty cell is an error either way.",
        };
        var format = CommonOptions.Format();
        var lang = CommonOptions.Language();
        var encoding = CommonOptions.Encoding();
        var delimiter = CommonOptions.Delimiter();
        var sheet = CommonOptions.Sheet();
        var command = new Command("regional", "Regional indices of a regions × industries table: location quotients (区位商), Krugman and Hachman specialisation, diversity, entropy, ubiquity, locational Gini, shift-share (偏离-份额) and its projection.")
        {
            input,
            reference,
            giniMethod,
            lqCut,
            missingAsZero,
            format,
            lang,
            encoding,
            delimiter,
            sheet,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(input)!;
            try
            {
                var options = CommonOptions.ReadOptions(parse.GetValue(encoding), parse.GetValue(delimiter), parse.GetValue(sheet));
                string? referenceName = parse.GetValue(reference);
                bool zero = parse.GetValue(missingAsZero);
                var table = path == "-" ? RegionalReader.Read(stdin(), path, referenceName, options, zero) : RegionalReader.Read(path, referenceName, options, zero);
                var cut = parse.GetValue(lqCut) == "at-least" ? LocationQuotientCut.AtLeast : LocationQuotientCut.Above;
                var method = parse.GetValue(giniMethod) == "krugman" ? LocationalGiniMethod.Krugman : LocationalGiniMethod.QuotientGini;
                var report = Analyse(path, table, cut, method);
                CommonOptions.WriteDocument(parse, format, lang, () => RegionalJson.Write(report, output), (language, markdown) => RegionalText.Write(report, output, language, markdown));

                return CliApp.Done;
            }
            catch (ArgumentException ex)
            {
                throw InputException.FromArgument(path, ex);
            }
        });
        return command;
    }

    /// <summary>Computes every index of the table through the library; the reference is the sum of the regions or the table's reference row.</summary>
    /// <param name="source">The input, for messages and the report.</param>
    /// <param name="table">The table.</param>
    /// <param name="cut">How an LQ is compared with 1.</param>
    /// <param name="method">The locational Gini.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InputException">The shift-share needs a reference with a positive start total, or the projection one with a positive end total.</exception>
    internal static RegionalReport Analyse(string source, RegionalTable table, LocationQuotientCut cut, LocationalGiniMethod method)
    {
        var m = table.Levels;
        int regions = m.Regions.Count, industries = m.Industries.Count;
        double[] regionTotals = [.. Enumerable.Range(0, regions).Select(m.RegionTotal)];
        IReadOnlyList<double> nation = table.ReferenceLevels ?? [.. Enumerable.Range(0, industries).Select(m.IndustryTotal)];
        double nationTotal = Sum(nation);

        IReadOnlyList<IReadOnlyList<double?>> quotients;
        IReadOnlyList<int?> diversity;
        IReadOnlyList<int?> ubiquity;
        IReadOnlyList<double?> hachman;
        if (table.ReferenceLevels is null)
        {
            // The reference is the matrix's own column sums: the library's matrix functions (EconGeo's definitions).
            quotients = Specialisation.LocationQuotients(m);
            diversity = Diversity.OfRegions(m, cut);
            ubiquity = Diversity.Ubiquity(m, cut);
            hachman = Specialisation.Hachman(m);
        }
        else
        {
            // A reference row: each region against it, with the totals being the listed sums.
            var q = new IReadOnlyList<double?>[regions];
            var d = new int?[regions];
            var h = new double?[regions];
            var u = new int?[industries];
            for (int i = 0; i < industries; i++)
            {
                u[i] = nation[i] == 0.0 ? null : 0;
            }

            for (int r = 0; r < regions; r++)
            {
                var row = m.RegionValues(r);
                double rowSum = Sum(row);
                q[r] = Specialisation.LocationQuotients(row, rowSum, nation, nationTotal);
                h[r] = Specialisation.Hachman(row, nation);
                int count = 0;
                for (int i = 0; i < industries; i++)
                {
                    if (Specialisation.IsSpecialised(row[i], rowSum, nation[i], nationTotal, 1.0, cut) == true)
                    {
                        count++;
                        u[i]++;
                    }
                }

                d[r] = rowSum == 0.0 ? null : count;
            }

            quotients = q;
            diversity = d;
            ubiquity = u;
            hachman = h;
        }

        var regionRows = new List<RegionIndices>(regions);
        for (int r = 0; r < regions; r++)
        {
            var row = m.RegionValues(r);
            regionRows.Add(new RegionIndices(m.Regions[r], regionTotals[r], Specialisation.Krugman(row, nation), hachman[r], diversity[r], Diversity.Entropy(row), quotients[r]));
        }

        var industryRows = new List<IndustryIndices>(industries);
        for (int i = 0; i < industries; i++)
        {
            double? share = nationTotal == 0.0 ? null : nation[i] / nationTotal;
            industryRows.Add(new IndustryIndices(m.Industries[i], nation[i], share, ubiquity[i], Concentration.Gini(m.IndustryValues(i), regionTotals, method)));
        }

        List<RegionShift>? shifts = null;
        RegionalProjection? projection = null;
        if (table.Previous is { } p)
        {
            IReadOnlyList<double> nationStart = table.ReferencePrevious ?? [.. Enumerable.Range(0, industries).Select(p.IndustryTotal)];
            if (Sum(nationStart) == 0.0)
            {
                throw new InputException($"{source}: the reference's levels in column 'previous' add up to zero: a shift-share needs the reference's growth from the start, and there is none from nothing.");
            }

            shifts = [];
            for (int r = 0; r < regions; r++)
            {
                var start = p.RegionValues(r);
                var end = m.RegionValues(r);
                var dunn = ShiftShare.Dunn(m.Industries, start, end, nationStart, nation);
                var esteban = ShiftShare.EstebanMarquillas(m.Industries, start, end, nationStart, nation);
                shifts.Add(new RegionShift(m.Regions[r], p.RegionTotal(r), regionTotals[r], dunn.Total, esteban.Total));
            }

            if (table.ReferenceProjected is { } projected)
            {
                if (nationTotal == 0.0)
                {
                    throw new InputException($"{source}: the reference's levels in column 'value' add up to zero: the projection grows them to the projected levels, and there is no growth from nothing.");
                }

                var results = new List<(string, ShiftShareProjection)>(regions);
                for (int r = 0; r < regions; r++)
                {
                    results.Add((m.Regions[r], ShiftShare.Projection(m.Industries, p.RegionValues(r), m.RegionValues(r), nationStart, nation, projected)));
                }

                projection = new RegionalProjection(projected, results);
            }
        }

        return new RegionalReport(source, table.Reference, cut, method, m.Industries, nationTotal, regionRows, industryRows, shifts, projection);
    }

    /// <summary>The sum in index order, as the library sums a list (so a region's sum never exceeds a reference that contains it cell by cell).</summary>
    private static double Sum(IReadOnlyList<double> values)
    {
        double sum = 0.0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum;
    }
}
