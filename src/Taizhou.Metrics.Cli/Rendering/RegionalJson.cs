using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Taizhou.Metrics.Structure;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Writes the regional indices as JSON, schema <c>taizhou-metrics/regional/v1</c> (docs/json.md): an undefined index is null, never NaN.</summary>
internal static class RegionalJson
{
    /// <summary>The schema identifier.</summary>
    public const string Schema = "taizhou-metrics/regional/v1";

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    public static void Write(RegionalReport report, TextWriter output)
    {
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("input", report.Source);
            if (report.Reference is { } reference)
            {
                w.WriteString("reference", reference);
            }
            else
            {
                w.WriteNull("reference");
            }

            w.WriteString("lq_cut", report.Cut == LocationQuotientCut.AtLeast ? "at_least" : "above");
            w.WriteString("gini_method", report.GiniMethod == LocationalGiniMethod.Krugman ? "krugman" : "quotient");
            w.WriteStartArray("industries");
            foreach (string industry in report.Industries)
            {
                w.WriteStringValue(industry);
            }

            w.WriteEndArray();
            JsonOutput.Number(w, "reference_total", report.ReferenceTotal);

            w.WriteStartArray("regions");
            foreach (var r in report.Regions)
            {
                w.WriteStartObject();
                w.WriteString("region", r.Region);
                JsonOutput.Number(w, "total", r.Total);
                JsonOutput.Number(w, "krugman", r.Krugman);
                JsonOutput.Number(w, "hachman", r.Hachman);
                Count(w, "diversity", r.Diversity);
                JsonOutput.Number(w, "entropy", r.Entropy);
                ByIndustry(w, "location_quotients", report.Industries, r.Quotients);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("industry_indices");
            foreach (var i in report.IndustryRows)
            {
                w.WriteStartObject();
                w.WriteString("industry", i.Industry);
                JsonOutput.Number(w, "reference_level", i.ReferenceLevel);
                JsonOutput.Number(w, "share", i.Share);
                Count(w, "ubiquity", i.Ubiquity);
                JsonOutput.Number(w, "locational_gini", i.LocationalGini);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WritePropertyName("shift_share");
            if (report.ShiftShares is { } shifts)
            {
                w.WriteStartArray();
                foreach (var s in shifts)
                {
                    w.WriteStartObject();
                    w.WriteString("region", s.Region);
                    JsonOutput.Number(w, "start_total", s.StartTotal);
                    JsonOutput.Number(w, "end_total", s.EndTotal);
                    JsonOutput.Number(w, "actual_change", s.Dunn.ActualChange);
                    JsonOutput.Number(w, "national_share", s.Dunn.NationalShare);
                    JsonOutput.Number(w, "industry_mix", s.Dunn.IndustryMix);
                    JsonOutput.Number(w, "regional_shift", s.Dunn.RegionalShift);
                    JsonOutput.Number(w, "net_total_shift", s.Dunn.NetTotalShift);
                    JsonOutput.Number(w, "competitive_effect", s.Esteban.CompetitiveEffect);
                    JsonOutput.Number(w, "allocation_effect", s.Esteban.AllocationEffect);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }
            else
            {
                w.WriteNullValue();
            }

            w.WritePropertyName("projection");
            if (report.Projection is { } projection)
            {
                w.WriteStartObject();
                ByIndustry(w, "reference_projected", report.Industries, [.. projection.ReferenceProjected.Select(v => (double?)v)]);
                w.WriteStartArray("regions");
                foreach (var (region, result) in projection.Regions)
                {
                    w.WriteStartObject();
                    w.WriteString("region", region);
                    JsonOutput.Number(w, "regional_index", result.Past.RegionalShift);
                    ByIndustry(w, "levels", report.Industries, result.Levels);
                    JsonOutput.Number(w, "total", result.Total);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteEndObject();
        });
    }

    private static void ByIndustry(Utf8JsonWriter w, string name, IReadOnlyList<string> industries, IReadOnlyList<double?> values)
    {
        w.WriteStartObject(name);
        for (int i = 0; i < industries.Count; i++)
        {
            JsonOutput.Number(w, industries[i], values[i]);
        }

        w.WriteEndObject();
    }

    private static void Count(Utf8JsonWriter w, string name, int? value)
    {
        if (value is int v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
