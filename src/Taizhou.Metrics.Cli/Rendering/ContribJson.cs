using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Text.Json;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Serialization;
using Taizhou.Metrics.Structure;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes a breakdown analysis as JSON, schema <c>taizhou-metrics/contrib/v1</c> (docs/json.md): rates, shares and
/// contributions as fractions, levels as numbers in the input's unit, undefined values as null.
/// </summary>
internal static class ContribJson
{
    /// <summary>The schema identifier.</summary>
    public const string Schema = "taizhou-metrics/contrib/v1";

    /// <summary>Writes the analysis and, when given, the check.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="check">The check, or null.</param>
    /// <param name="output">The writer.</param>
    /// <param name="implied">The total's growth implied by the rows that print both 拉动 and 贡献率, or null when none does (the fields are then left out).</param>
    public static void Write(BreakdownAnalysis analysis, TableCheck? check, TextWriter output, ImpliedTotalGrowth? implied = null)
    {
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            Body(w, analysis, check, null);
            Implied(w, implied, full: false);
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// Writes the analyses of a table with a period column: <c>periods[]</c>, one object per period in the order the
    /// periods first appear, each with <c>period</c> and the fields of a one-period document (its findings name the
    /// period); and <c>check</c>, null or <c>{"passed": ...}</c> over every period.
    /// </summary>
    /// <param name="periods">Each period with its analysis, its check (or null) and the growth its rows imply (or null).</param>
    /// <param name="output">The writer.</param>
    public static void WritePeriods(IReadOnlyList<(ReportingPeriod Period, BreakdownAnalysis Analysis, TableCheck? Check, ImpliedTotalGrowth? Implied)> periods, TextWriter output)
    {
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteStartArray("periods");
            foreach (var (period, analysis, check, implied) in periods)
            {
                w.WriteStartObject();
                JsonOutput.Period(w, "period", period);
                Body(w, analysis, check, period);
                Implied(w, implied, full: false);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("check");
            if (periods.Any(p => p.Check is null))
            {
                w.WriteNullValue();
            }
            else
            {
                w.WriteStartObject();
                w.WriteBoolean("passed", periods.All(p => p.Check!.Passed));
                w.WriteEndObject();
            }

            w.WriteEndObject();
        });
    }

    /// <summary>The fields of one table (one period's): parts, other, total, sums and the check; a finding names <paramref name="period"/> when given.</summary>
    private static void Body(Utf8JsonWriter w, BreakdownAnalysis analysis, TableCheck? check, ReportingPeriod? period)
    {
        w.WriteStartArray("parts");
        foreach (var p in analysis.Parts)
        {
            Part(w, p);
        }

        w.WriteEndArray();
        w.WriteStartArray("sub_items");
        foreach (var p in analysis.SubItems)
        {
            Part(w, p);
        }

        w.WriteEndArray();
        w.WritePropertyName("other");
        if (analysis.Remainder is { } r)
        {
            Part(w, r);
        }
        else
        {
            w.WriteNullValue();
        }

        w.WritePropertyName("total");
        Part(w, analysis.Total);
        JsonOutput.Number(w, "sum_of_contribution_pp", analysis.SumOfContributionPoints);
        JsonOutput.Number(w, "sum_of_contribution_rates", analysis.SumOfContributionRates);
        JsonOutput.Number(w, "sum_of_real_contribution_pp", analysis.SumOfRealContributionPoints);
        JsonOutput.Number(w, "real_residual", analysis.RealResidual);
        w.WritePropertyName("check");
        if (check is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStartObject();
            w.WriteBoolean("passed", check.Passed);
            Findings(w, check, period);
            w.WriteEndObject();
        }
    }

    /// <summary>Writes <c>findings</c>: each checked identity, after its period and part when the table has periods.</summary>
    private static void Findings(Utf8JsonWriter w, TableCheck check, ReportingPeriod? period)
    {
        w.WriteStartArray("findings");
        foreach (var f in check.Findings)
        {
            w.WriteStartObject();
            if (period is { } named)
            {
                JsonOutput.Period(w, "period", named);
                w.WriteString("part", f.Row);
            }

            w.WriteString("row", f.Row);
            w.WriteString("figure", f.Figure);
            w.WriteString("identity", f.Identity);
            JsonOutput.Number(w, "published", f.Published.Estimate);
            JsonOutput.Bounds(w, "published_bounds", f.Published.Bounds);
            JsonOutput.Number(w, "derived", f.Derived.Estimate);
            JsonOutput.Bounds(w, "derived_bounds", f.Derived.Bounds);
            JsonOutput.Number(w, "break", f.Break);
            w.WriteBoolean("broken", f.IsBroken);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// Writes <c>implied_total_growth</c> and <c>implied_total_growth_bounds</c> (fractions, or null); with
    /// <paramref name="full"/> also <c>implied_total_growth_disagreeing_rows</c> and <c>implied_total_growth_gap</c>.
    /// Nothing when <paramref name="implied"/> is null.
    /// </summary>
    private static void Implied(Utf8JsonWriter w, ImpliedTotalGrowth? implied, bool full)
    {
        if (implied is null)
        {
            return;
        }

        JsonOutput.Number(w, "implied_total_growth", implied.Estimate);
        JsonOutput.Bounds(w, "implied_total_growth_bounds", implied.Bounds);
        if (full)
        {
            w.WriteStartArray("implied_total_growth_disagreeing_rows");
            foreach (string row in implied.DisagreeingRows)
            {
                w.WriteStringValue(row);
            }

            w.WriteEndArray();
            JsonOutput.Number(w, "implied_total_growth_gap", implied.Gap);
        }
    }

    /// <summary>
    /// Writes a contribution table without levels (docs/json.md): for one table, its fields at the top level; for a
    /// table with a period column, <c>periods[]</c> with one object per period and <c>check</c> over them all. Each
    /// table has its <c>rows</c> (贡献率 and 拉动 as fractions, each row's implied growth), <c>total_growth</c> as printed,
    /// the implied growth and its bounds, and its check (null without --check).
    /// </summary>
    /// <param name="results">The periods (one with a null period for a table without a period column).</param>
    /// <param name="withCheck">Whether the check was asked for.</param>
    /// <param name="output">The writer.</param>
    public static void WriteLevelFree(IReadOnlyList<Commands.LevelFreeResult> results, bool withCheck, TextWriter output)
    {
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            if (results is [{ Period: null } single])
            {
                LevelFreeBody(w, single, withCheck);
                w.WriteEndObject();
                return;
            }

            w.WriteStartArray("periods");
            foreach (var r in results)
            {
                w.WriteStartObject();
                JsonOutput.Period(w, "period", r.Period);
                LevelFreeBody(w, r, withCheck);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("check");
            if (!withCheck)
            {
                w.WriteNullValue();
            }
            else
            {
                w.WriteStartObject();
                w.WriteBoolean("passed", results.All(r => r.Result.Passed));
                w.WriteEndObject();
            }

            w.WriteEndObject();
        });
    }

    private static void LevelFreeBody(Utf8JsonWriter w, Commands.LevelFreeResult r, bool withCheck)
    {
        var implied = r.Result.ImpliedTotalGrowth.Rows.ToDictionary(x => x.Row, StringComparer.Ordinal);
        w.WriteStartArray("rows");
        foreach (var row in r.Parts)
        {
            w.WriteStartObject();
            w.WriteString("part", row.Name);
            w.WriteString("parent", row.Parent);
            JsonOutput.Number(w, "contribution_rate", row.RatePercent is { } rate ? (double)(rate.Value / 100m) : null);
            JsonOutput.Number(w, "contribution_pp", row.Points is { } points ? (double)(points.Value / 100m) : null);
            var g = implied.TryGetValue(row.Name, out var x) ? x.Growth : null;
            JsonOutput.Number(w, "implied_total_growth", g?.Estimate);
            JsonOutput.Bounds(w, "implied_total_growth_bounds", g?.Bounds);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        JsonOutput.Number(w, "total_growth", r.Result.TotalGrowthPercent is { } printed ? (double)(printed.Value / 100m) : null);
        Implied(w, r.Result.ImpliedTotalGrowth, full: true);
        w.WritePropertyName("check");
        if (!withCheck)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStartObject();
            w.WriteBoolean("passed", r.Result.Passed);
            Findings(w, r.Result.Check, r.Period);
            w.WriteEndObject();
        }
    }

    private static void Part(Utf8JsonWriter w, BreakdownPart p)
    {
        w.WriteStartObject();
        w.WriteString("part", p.Name);
        w.WriteString("kind", BreakdownAnalysisJsonConverter.KindCode(p.Kind));
        w.WriteString("parent", p.Parent);
        w.WriteNumber("previous", Rounding.HalfAwayFromZero(p.Previous, 10));
        w.WriteBoolean("previous_is_derived", p.PreviousIsDerived);
        w.WriteNumber("current", p.Current);
        JsonOutput.Rate(w, "growth", p.Growth);
        JsonOutput.Number(w, "share", p.Share);
        JsonOutput.Number(w, "previous_share", p.PreviousShare);
        JsonOutput.Number(w, "share_change", p.ShareChange);
        JsonOutput.Number(w, "contribution_pp", p.ContributionPoints);
        JsonOutput.Number(w, "contribution_rate", p.ContributionRate);
        if (p.RealGrowth is { } realGrowth)
        {
            JsonOutput.Rate(w, "real_growth", realGrowth);
        }
        else
        {
            w.WriteNull("real_growth");
        }

        JsonOutput.Number(w, "real_contribution_pp", p.RealContributionPoints);
        w.WriteEndObject();
    }
}
