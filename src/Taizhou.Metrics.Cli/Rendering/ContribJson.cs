using System;
using System.IO;
using System.Text.Json;
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

            w.WriteEndObject();
        });
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
