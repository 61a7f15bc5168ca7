using System.IO;
using Taizhou.Metrics.Disaggregation;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Writes a disaggregation as JSON, schema <c>taizhou-metrics/disagg/v1</c> (docs/json.md).</summary>
internal static class DisaggJson
{
    /// <summary>The schema identifier.</summary>
    public const string Schema = "taizhou-metrics/disagg/v1";

    /// <summary>Writes the result: the method, the high-frequency values with their role, and the regression's statistics.</summary>
    /// <param name="result">The result (from a series: <see cref="DisaggregationResult.Series"/> is set).</param>
    /// <param name="output">The writer.</param>
    public static void Write(DisaggregationResult result, TextWriter output)
    {
        var series = result.Series!;
        var o = result.Options;
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("series", series.Name);
            w.WriteString("unit", series.Unit.Code);
            w.WriteString("method", o.ToString());
            w.WriteString("conversion", o.Conversion.ToString().ToLowerInvariant());
            w.WriteNumber("frequency_ratio", result.FrequencyRatio);
            if (o.Criterion is { } criterion)
            {
                w.WriteString("criterion", criterion.ToString().ToLowerInvariant());
                w.WriteNumber("h", o.H!.Value);
            }
            else
            {
                w.WriteNull("criterion");
                w.WriteNull("h");
            }

            JsonOutput.Number(w, "rho", result.Rho);
            w.WriteBoolean("rho_truncated", result.RhoTruncated);
            w.WriteStartArray("values");
            for (int i = 0; i < result.Values.Length; i++)
            {
                w.WriteStartObject();
                JsonOutput.Period(w, "period", series.Observations[i].Period);
                JsonOutput.Number(w, "value", result.Values[i]);
                w.WriteString("role", i < result.BackcastCount ? "retropolated" : i >= result.Values.Length - result.ForecastCount ? "extrapolated" : "benchmarked");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("coefficients");
            foreach (var c in result.Coefficients)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                JsonOutput.Number(w, "estimate", c.Estimate);
                JsonOutput.Number(w, "standard_error", c.StandardError);
                JsonOutput.Number(w, "t", c.TValue);
                JsonOutput.Number(w, "p", c.PValue);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (result.ResidualSumOfSquares is double rss)
            {
                w.WriteStartObject("statistics");
                JsonOutput.Number(w, "log_likelihood", result.LogLikelihood);
                JsonOutput.Number(w, "aic", result.Aic);
                JsonOutput.Number(w, "bic", result.Bic);
                JsonOutput.Number(w, "r_squared", result.RSquared);
                JsonOutput.Number(w, "adj_r_squared", result.AdjustedRSquared);
                JsonOutput.Number(w, "rss", rss);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("statistics");
            }

            w.WriteEndObject();
        });
    }
}
