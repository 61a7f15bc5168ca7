using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Taizhou.Metrics.Cli.Commands;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Serialization;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Targets;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Writes a projection as JSON, schema <c>taizhou-metrics/project/v1</c> (docs/json.md).</summary>
internal static class ProjectJson
{
    /// <summary>The schema identifier.</summary>
    public const string Schema = "taizhou-metrics/project/v1";

    /// <summary>Writes the projection, the gap and the share outcome.</summary>
    /// <param name="series">The input series.</param>
    /// <param name="gap">The gap.</param>
    /// <param name="required">The constant annual growth from the last actual value to the target.</param>
    /// <param name="share">The share outcome, or null.</param>
    /// <param name="scenarios">The scenario outcomes, or null.</param>
    /// <param name="output">The writer.</param>
    public static void Write(TimeSeries series, TargetGap gap, RequiredGrowth required, ShareOutcome? share, IReadOnlyList<ScenarioOutcome>? scenarios, TextWriter output)
    {
        JsonOutput.Write(output, w =>
        {
            var p = gap.Projection;
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("series", series.Name);
            w.WriteString("unit", series.Unit.Code);
            w.WriteStartObject("target");
            JsonOutput.Period(w, "period", gap.Target.Period);
            w.WriteNumber("level", gap.Target.Level);
            w.WriteNumber("years", required.Years);
            JsonOutput.Rate(w, "required_growth", required.Rate); // null with required_growth_undefined for a non-positive last value
            w.WriteBoolean("already_met", required.Latest >= required.Target);
            w.WriteEndObject();
            WriteProjection(w, "projection", p);
            w.WriteStartObject("gap");
            JsonOutput.Number(w, "projected", gap.Projected);
            JsonOutput.Bounds(w, "projected_interval", gap.ProjectedInterval);
            JsonOutput.Number(w, "gap", gap.Gap);
            JsonOutput.Number(w, "gap_share", gap.GapShare);
            w.WriteBoolean("on_track", gap.OnTrack);
            JsonOutput.Period(w, "first_reaching", gap.FirstReaching); // null: not reached within the horizon

            JsonOutput.Number(w, "probability", gap.Probability);
            w.WriteEndObject();
            w.WritePropertyName("share");
            if (share is null)
            {
                w.WriteNullValue();
            }
            else
            {
                var r = share.Requirement;
                w.WriteStartObject();
                w.WriteString("total_series", share.Total.Name);
                WriteProjection(w, "total_projection", share.TotalProjection);
                JsonOutput.Number(w, "projected_share", share.ProjectedShare);
                JsonOutput.Number(w, "target_share", r.Share.Target.Share);
                w.WriteNumber("level_needed_for_share", r.Share.PartNeeded);
                w.WriteString("binding", r.Binding == TargetConstraint.Share ? "share" : "absolute");
                w.WriteNumber("binding_level", r.BindingLevel);
                JsonOutput.Rate(w, "required_growth", r.RequiredGrowth);
                JsonOutput.Rate(w, "rest_growth", r.Share.RestGrowth);
                JsonOutput.Number(w, "growth_differential", r.Share.Differential);
                w.WriteEndObject();
            }

            w.WritePropertyName("scenarios");
            if (scenarios is null)
            {
                w.WriteNullValue();
            }
            else
            {
                w.WriteStartArray();
                foreach (var o in scenarios)
                {
                    w.WriteStartObject();
                    w.WriteString("name", o.Scenario.Name);
                    JsonOutput.Number(w, "growth", o.Scenario.AnnualGrowth.GetFraction());
                    w.WriteNumber("at_target", o.AtTarget);
                    w.WriteNumber("gap", o.Gap);
                    JsonOutput.Number(w, "gap_share", o.GapShare);
                    w.WriteBoolean("on_track", o.OnTrack);
                    JsonOutput.Period(w, "first_reaching", o.FirstReaching);

                    w.WriteStartArray("path");
                    foreach (var (period, level) in o.Path)
                    {
                        w.WriteStartObject();
                        JsonOutput.Period(w, "period", period);
                        w.WriteNumber("level", level);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        });
    }

    private static void WriteProjection(Utf8JsonWriter w, string name, Projection p)
    {
        w.WriteStartObject(name);
        w.WriteString("method", ProjectionJsonConverter.MethodCode(p.Method));
        w.WriteStartObject("parameters");
        foreach (var parameter in p.Parameters)
        {
            JsonOutput.Number(w, parameter.Name, parameter.Value);
        }

        w.WriteEndObject();
        JsonOutput.Number(w, "confidence", p.ConfidenceLevel);
        w.WriteStartObject("fit");
        w.WriteNumber("n", p.Fit.Observations);
        JsonOutput.Number(w, "r_squared", p.Fit.RSquared);
        JsonOutput.Number(w, "residual_standard_error", p.Fit.ResidualStandardError);
        w.WriteBoolean("log_scale", p.Fit.OnLogScale);
        w.WriteEndObject();
        JsonOutput.Period(w, "last_actual_period", p.LastActualPeriod);
        w.WriteNumber("last_actual_value", p.LastActualValue);
        w.WriteStartArray("path");
        foreach (var point in p.Path)
        {
            w.WriteStartObject();
            JsonOutput.Period(w, "period", point.Period);
            JsonOutput.Number(w, "estimate", point.Estimate);
            JsonOutput.Bounds(w, "interval", point.Interval);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
