using System;
using System.IO;
using System.Text.Json;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes the result of <c>taizhou-metrics tiers</c> as JSON, schema <c>taizhou-metrics/tiers/v1</c> (docs/json.md):
/// amounts in 亿元 rounded to 8 decimals, rates as fractions, an undefined rate as null with a <c>*_undefined</c> reason.
/// </summary>
internal static class TiersJson
{
    /// <summary>The schema identifier.</summary>
    public const string Schema = "taizhou-metrics/tiers/v1";

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    public static void Write(TiersReport report, TextWriter output)
    {
        JsonOutput.Write(output, w =>
        {
            var p = report.Progress;
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteNumber("year", p.Year);
            w.WriteString("unit", MetricUnit.YiYuan.Code);
            w.WriteNumber("firms", p.FirmCount);
            w.WriteString("targets", report.TargetsName); // a null string is written as null

            w.WriteStartArray("tiers");
            foreach (var t in p.Tiers)
            {
                Tier(w, t);
            }

            w.WriteEndArray();
            w.WriteStartArray("by_year");
            foreach (var y in report.ByYear)
            {
                w.WriteStartObject();
                w.WriteNumber("year", y.Year);
                w.WriteNumber("firms", y.FirmCount);
                w.WriteStartObject("counts");
                foreach (var t in y.Tiers)
                {
                    w.WriteNumber(t.Rule.Code, t.Count);
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("leaders");
            foreach (var l in report.Leaders)
            {
                w.WriteStartObject();
                w.WriteString("cluster", l.Cluster.Code);
                w.WriteString("name_en", l.Cluster.EnglishName);
                w.WriteString("name_zh", l.Cluster.ChineseName);
                w.WriteNumber("firms", l.FirmCount);
                w.WriteStartArray("leaders");
                foreach (var r in l.Leaders)
                {
                    w.WriteStartObject();
                    w.WriteNumber("rank", r.Rank);
                    w.WriteString("id", r.Enterprise.Id);
                    w.WriteString("name", r.Enterprise.Name);
                    w.WriteString("county", r.Enterprise.County);
                    JsonOutput.Amount(w, "output", Yi(r.Value));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("pipelines");
            foreach (var pipe in report.Pipelines)
            {
                Pipeline(w, pipe, report.PipelineShown);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void Tier(Utf8JsonWriter w, TierCount t)
    {
        w.WriteStartObject();
        w.WriteString("tier", t.Rule.Code);
        w.WriteString("name_en", t.Rule.EnglishName);
        w.WriteString("name_zh", t.Rule.ChineseName);
        var version = t.Rule.VersionFor(t.Year);
        if (version is null)
        {
            w.WriteNull("rule");
            w.WriteNull("rule_source");
        }
        else
        {
            w.WriteString("rule", version.Criterion.ToString());
            w.WriteString("rule_source", version.Source);
        }

        w.WriteBoolean("in_effect", t.InEffect);
        w.WriteNumber("count", t.Count);
        w.WriteNumber("not_evaluable", t.NotEvaluable);
        if (t.Target is { } target)
        {
            w.WriteNumber("target", target.Count);
            w.WriteNumber("target_year", target.Year);
            w.WriteNumber("gap", t.Gap!.Value);
            w.WriteBoolean("met", t.IsMet!.Value);
        }
        else
        {
            w.WriteNull("target");
            w.WriteNull("target_year");
            w.WriteNull("gap");
            w.WriteNull("met");
        }

        w.WriteStartObject("by_cluster");
        foreach (var g in t.ByCluster)
        {
            w.WriteNumber(g.Key, g.Count);
        }

        w.WriteEndObject();
        w.WriteStartObject("by_county");
        foreach (var g in t.ByCounty)
        {
            w.WriteNumber(g.Key, g.Count);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Pipeline(Utf8JsonWriter w, TierPipeline pipe, int shown)
    {
        w.WriteStartObject();
        w.WriteString("tier", pipe.Rule.Code);
        JsonOutput.Amount(w, "threshold", Yi(pipe.Threshold));
        w.WriteBoolean("threshold_inclusive", pipe.ThresholdInclusive);
        w.WriteNumber("year", pipe.Year);
        w.WriteNumber("target_year", pipe.TargetYear);
        w.WriteNumber("years", pipe.Years);
        w.WriteNumber("candidates", pipe.Candidates.Length);
        w.WriteStartArray("shown");
        int rank = 0;
        foreach (var c in pipe.Candidates)
        {
            if (++rank > shown)
            {
                break;
            }

            w.WriteStartObject();
            w.WriteNumber("rank", rank);
            w.WriteString("id", c.Enterprise.Id);
            w.WriteString("name", c.Enterprise.Name);
            w.WriteString("cluster", c.Cluster.Code);
            JsonOutput.Amount(w, "output", Yi(c.Current));
            JsonOutput.Amount(w, "shortfall", Yi(c.Shortfall));
            JsonOutput.Rate(w, "required_growth", c.RequiredGrowth);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static decimal Yi(Amount amount) => amount.In(MetricUnit.YiYuan).Value;
}
