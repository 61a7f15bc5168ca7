using System.IO;
using System.Text.Json;
using Taizhou.Metrics.Cli.Commands;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes the result of <c>taizhou-metrics derive</c> as JSON, schema <c>taizhou-metrics/derive/v1</c> (docs/json.md):
/// the figures given as printed text, each derived figure as a fraction (percent and points: 0.051 is 5.1 points) or a
/// level in the inputs' unit (rounded to 8 decimals) with its bounds as [lower, upper], or null and
/// <c>"unbounded": true</c> when a denominator can reach zero within the rounding; and the check of a printed figure
/// with the keys of a <c>contrib</c> finding (<c>published</c>, <c>published_bounds</c>, <c>derived</c>,
/// <c>derived_bounds</c>, <c>break</c>, <c>broken</c>), in the printed unit as there.
/// </summary>
internal static class DeriveJson
{
    /// <summary>The schema identifier.</summary>
    public const string Schema = "taizhou-metrics/derive/v1";

    /// <summary>Writes the result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="output">The writer.</param>
    public static void Write(DeriveResult result, TextWriter output)
    {
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("figure", result.Figure);
            w.WriteString("formula", result.Formula);
            w.WriteStartArray("inputs");
            foreach (var i in result.Inputs)
            {
                w.WriteStartObject();
                w.WriteString("option", i.Option);
                w.WriteString("printed", i.Printed);
                JsonOutput.Number(w, "decimals", i.Decimals);
                w.WriteString("unit", i.Unit);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("results");
            foreach (var f in result.Figures)
            {
                Figure(w, f);
            }

            w.WriteEndArray();
            if (result.Checked)
            {
                w.WriteStartObject("check");
                w.WriteBoolean("passed", result.Passed);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("check");
            }

            w.WriteEndObject();
        });
    }

    private static void Figure(Utf8JsonWriter w, DerivedFigure f)
    {
        bool level = f.Unit == DerivedUnit.Level;
        int? decimals = level ? 8 : null;
        w.WriteStartObject();
        w.WriteString("name", f.Name);
        w.WriteString("unit", f.Unit switch
        {
            DerivedUnit.Percent => "percent",
            DerivedUnit.Points => "points",
            _ => "level",
        });
        JsonOutput.Number(w, "value", level ? Rounding.HalfAwayFromZero(f.Value.Estimate, 8) : f.Value.Estimate);
        JsonOutput.Bounds(w, "bounds", f.Value.TryGetBounds(out var b) ? b : null, decimals);
        w.WriteBoolean("unbounded", f.Value.IsUnbounded);
        if (f.Check is not { } c)
        {
            w.WriteNull("check");
            w.WriteEndObject();
            return;
        }

        w.WriteStartObject("check");
        w.WriteString("option", f.CheckedBy!.TrimStart('-'));
        JsonOutput.Number(w, "published", c.Printed.Estimate);
        JsonOutput.Bounds(w, "published_bounds", c.Printed.Bounds);
        JsonOutput.Number(w, "derived", c.Derived.Estimate);
        JsonOutput.Bounds(w, "derived_bounds", c.Derived.TryGetBounds(out var d) ? d : null);
        JsonOutput.Number(w, "break", c.Break);
        w.WriteBoolean("broken", c.IsBroken);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
