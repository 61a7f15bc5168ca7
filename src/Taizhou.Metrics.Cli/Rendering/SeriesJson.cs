using System.IO;
using System.Text.Json;
using Taizhou.Metrics.Cli.Commands;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes the result of <c>taizhou-metrics series</c> as JSON, schema <c>taizhou-metrics/series/v1</c> (docs/json.md):
/// levels in the input's unit rounded to 8 decimals, rates as fractions, each with its bounds as [lower, upper] over
/// the rounding of the printed figures, or null when a denominator can reach zero within it.
/// </summary>
internal static class SeriesJson
{
    /// <summary>The schema identifier.</summary>
    public const string Schema = "taizhou-metrics/series/v1";

    /// <summary>Writes the result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="output">The writer.</param>
    public static void Write(SeriesResult result, TextWriter output)
    {
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("input", result.Input);
            if (result.SingleMonths is { } months)
            {
                w.WriteStartArray("single_month");
                foreach (var m in months)
                {
                    w.WriteStartObject();
                    JsonOutput.Period(w, "period", m.Period);
                    JsonOutput.Period(w, "cumulative_period", m.CumulativePeriod);
                    w.WriteBoolean("span", m.IsSpan);
                    Level(w, "level", m.Level);
                    Level(w, "comparable_base", m.ComparableBase);
                    JsonOutput.Rate(w, "growth", m.Growth);
                    JsonOutput.Bounds(w, "growth_bounds", m.GrowthBounds is { } g && g.TryGetBounds(out var b) ? b : null);
                    w.WriteBoolean("growth_unbounded", m.GrowthBounds is { IsUnbounded: true });
                    if (result.SplitOf(m) is { } split)
                    {
                        w.WriteStartObject("split");
                        w.WriteString("rule", split.Rule.Description);
                        w.WriteBoolean("estimated", split.IsEstimated);
                        Level(w, "january", split.January);
                        Level(w, "february", split.February);
                        w.WriteEndObject();
                    }
                    else
                    {
                        w.WriteNull("split");
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }
            else
            {
                w.WriteNull("single_month");
            }

            JsonOutput.Number(w, "average_years", result.AverageYears);
            if (result.Averages is { } averages)
            {
                w.WriteStartArray("averages");
                foreach (var a in averages)
                {
                    w.WriteStartObject();
                    JsonOutput.Period(w, "period", a.Period);
                    JsonOutput.Period(w, "base_period", a.BasePeriod);
                    Rate(w, "from_levels", a.FromLevels);
                    Rate(w, "from_year_on_year", a.FromYearOnYear);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }
            else
            {
                w.WriteNull("averages");
            }

            w.WriteEndObject();
        });
    }

    /// <summary>A level and its bounds, rounded to 8 decimals; both null when there is none, the bounds null when unbounded.</summary>
    private static void Level(Utf8JsonWriter w, string name, BoundedEstimate? value)
    {
        JsonOutput.Number(w, name, value is { } v ? Rounding.HalfAwayFromZero(v.Estimate, 8) : null);
        JsonOutput.Bounds(w, name + "_bounds", value is { } x && x.TryGetBounds(out var b) ? b : null, 8);
    }

    /// <summary>A rate as a fraction and its bounds; both null when there is none.</summary>
    private static void Rate(Utf8JsonWriter w, string name, BoundedEstimate? value)
    {
        JsonOutput.Number(w, name, value?.Estimate);
        JsonOutput.Bounds(w, name + "_bounds", value is { } x && x.TryGetBounds(out var b) ? b : null);
    }
}
