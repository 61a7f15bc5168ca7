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
    public static void Write(BreakdownAnalysis analysis, TableCheck? check, TextWriter output)
    {
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            Body(w, analysis, check, null);
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// Writes the analyses of a table with a period column: <c>periods[]</c>, one object per period in the order the
    /// periods first appear, each with <c>period</c> and the fields of a one-period document (its findings name the
    /// period); and <c>check</c>, null or <c>{"passed": ...}</c> over every period.
    /// </summary>
    /// <param name="periods">Each period with its analysis and its check (or null).</param>
    /// <param name="output">The writer.</param>
    public static void WritePeriods(IReadOnlyList<(ReportingPeriod Period, BreakdownAnalysis Analysis, TableCheck? Check)> periods, TextWriter output)
    {
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteStartArray("periods");
            foreach (var (period, analysis, check) in periods)
            {
                w.WriteStartObject();
                JsonOutput.Period(w, "period", period);
                Body(w, analysis, check, period);
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
            w.WriteEndObject();
        }
    }

    private static void Part(Utf8JsonWriter w, BreakdownPart p)
    {
        w.WriteStartObject();
        w.WriteString("part", p.Name);
        w.WriteString("kind", BreakdownAnalysisJsonConverter.KindCode(p.Kind));
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
