using System;
using System.IO;
using System.Text.Json;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Targets;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes the plan evaluation as JSON, schema <c>taizhou-metrics/plan/v1</c> (docs/json.md, docs/schemas/plan.schema.json).
/// Keys and their order are stable; rates, attainment, time progress and completion are fractions (0.0614 = 6.14 %);
/// a share's levels are fractions too, its outcomes as printed (percent); what is undefined is null, never NaN.
/// </summary>
internal static class PlanJson
{
    /// <summary>The schema identifier.</summary>
    public const string Schema = "taizhou-metrics/plan/v1";

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    public static void Write(PlanReport report, TextWriter output)
    {
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("source", report.Source);
            if (report.ActualsSource is { } a)
            {
                w.WriteString("actuals", a);
            }
            else
            {
                w.WriteNull("actuals");
            }

            if (report.AsOf is int y)
            {
                w.WriteNumber("as_of", y);
            }
            else
            {
                w.WriteNull("as_of");
            }

            w.WriteStartArray("targets");
            foreach (var (row, e) in report.Targets)
            {
                WriteEvaluation(w, row.Indicator, row.Unit, row.Kind, (double)row.TargetValue, e);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Writes one evaluated target as an object of the <c>targets</c> array (also the report's <c>plan_verdict.listed_companies</c>).</summary>
    /// <param name="w">The writer.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="unit">The unit as written.</param>
    /// <param name="kind">The kind as the file writes it.</param>
    /// <param name="targetValue">The target value as written (percent for a share or an average growth).</param>
    /// <param name="e">The evaluation.</param>
    /// <param name="property">The key of the object, or null for an array item.</param>
    public static void WriteEvaluation(Utf8JsonWriter w, string indicator, string unit, string kind, double targetValue, PlanEvaluation e, string? property = null)
    {
        var t = e.Target;
        if (property is null)
        {
            w.WriteStartObject();
        }
        else
        {
            w.WriteStartObject(property);
        }

        w.WriteString("indicator", indicator);
        w.WriteString("unit", unit);
        w.WriteString("kind", kind);
        w.WriteString("direction", t.Direction == TargetDirection.Down ? "down" : "up");
        w.WriteNumber("base_period", t.BasePeriod.Year);
        JsonOutput.Number(w, "base_value", t.BaseValue is decimal b ? (double)b : null);
        w.WriteNumber("target_period", t.TargetPeriod.Year);
        JsonOutput.Number(w, "target_value", targetValue);
        JsonOutput.Number(w, "target_level", t.TargetLevel);
        w.WriteNumber("as_of", e.AsOf.Year);
        if (e.Latest is { } o)
        {
            w.WriteStartObject("latest");
            w.WriteNumber("period", o.Period.Year);
            w.WriteNumber("value", o.Value.Value);
            w.WriteString("qualifier", Qualifier(o.Value.Qualifier));
            w.WriteString("printed", o.Value.ToString());
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("latest");
        }

        JsonOutput.Number(w, "attainment", e.Attainment);
        JsonOutput.Rate(w, "required_growth", e.RequiredGrowth);
        JsonOutput.Rate(w, "achieved_growth", e.AchievedGrowth);
        JsonOutput.Number(w, "shortfall", e.Shortfall);
        JsonOutput.Number(w, "shortfall_share", e.ShortfallShare);
        JsonOutput.Number(w, "time_progress", e.TimeProgress);
        JsonOutput.Number(w, "completion", e.Completion?.Estimate);
        Bounds(w, "completion_bounds", e.Completion);
        JsonOutput.Number(w, "ahead_of_time", e.AheadOfTime?.Estimate);
        if (e.RequiredPaceForRest is { } pace)
        {
            JsonOutput.Rate(w, "required_pace_for_rest", pace);
        }
        else
        {
            w.WriteNull("required_pace_for_rest");
        }

        Year(w, "reached_in", e.ReachedIn?.Year);
        Year(w, "reached_at_pace_in", e.ReachedAtPaceIn?.Year);
        w.WriteString("verdict", Verdict(e.Verdict));
        if (e.MissingOutcome is { } m)
        {
            w.WriteString("missing_outcome", m);
        }
        else
        {
            w.WriteNull("missing_outcome");
        }

        w.WriteEndObject();
    }

    /// <summary>The JSON code of a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns><c>met</c>, <c>missed</c>, <c>undetermined</c>, <c>not_evaluable</c> or <c>in_progress</c>.</returns>
    public static string Verdict(PlanVerdict verdict) => verdict switch
    {
        PlanVerdict.Met => "met",
        PlanVerdict.Missed => "missed",
        PlanVerdict.Undetermined => "undetermined",
        PlanVerdict.NotEvaluable => "not_evaluable",
        PlanVerdict.InProgress => "in_progress",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };

    /// <summary>The JSON code of a qualifier.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns><c>none</c>, <c>over</c>, <c>about</c> or <c>just_under</c>.</returns>
    public static string Qualifier(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Over => "over",
        FigureQualifier.About => "about",
        FigureQualifier.JustUnder => "just_under",
        _ => "none",
    };

    private static void Year(Utf8JsonWriter w, string name, int? year)
    {
        if (year is int y)
        {
            w.WriteNumber(name, y);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>The completion's bounds as <c>[lower, upper]</c>; null without a completion or when an "over" outcome leaves it unbounded.</summary>
    private static void Bounds(Utf8JsonWriter w, string name, BoundedEstimate? estimate) =>
        JsonOutput.Bounds(w, name, estimate is { IsUnbounded: false } c ? c.GetBounds() : null);
}
