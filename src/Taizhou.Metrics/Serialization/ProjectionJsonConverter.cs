using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Taizhou.Metrics.Targets;

namespace Taizhou.Metrics.Serialization;

/// <summary>
/// Writes a <see cref="Projection"/> (趋势外推) as an object with its method, parameters, confidence, fit, last actual
/// value and path, each point with the predictive distribution behind its interval; reads it back, so
/// <see cref="Projection.FirstReaching"/> and <see cref="Projection.ProbabilityOfReaching"/> answer as before.
/// </summary>
/// <remarks>
/// <para>
/// Keys: <c>method</c> (<c>constant</c>, <c>loglinear</c>, <c>holt</c>, <c>damped_holt</c>), <c>parameters[]</c>
/// (<c>name</c>, <c>value</c>, <c>estimated</c>), <c>confidence</c> (or null: no intervals), <c>fit</c>
/// (<c>observations</c>, <c>degrees_of_freedom</c>, <c>sum_of_squared_errors</c>, <c>r_squared</c> and
/// <c>residual_standard_error</c> or null, <c>log_scale</c>), <c>last_actual_period</c>, <c>last_actual_value</c> (exact
/// decimal), <c>path[]</c> (<c>period</c>, <c>step</c>, <c>estimate</c>, <c>interval</c> as [lower, upper] or null,
/// <c>distribution</c>: <c>location</c>, <c>scale</c>, <c>degrees_of_freedom</c> or null for a normal,
/// <c>log_scale</c>).
/// </para>
/// <para>Doubles are written with full precision (the shortest text that reads back to the same double), never NaN or
/// infinite. A document without a key, with an empty path or with a path point of the wrong kind is a
/// <see cref="JsonException"/>.</para>
/// </remarks>
public sealed class ProjectionJsonConverter : JsonConverter<Projection>
{
    private const string What = "projection";

    /// <inheritdoc/>
    public override Projection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var e = JsonValues.Element(ref reader);
        JsonValues.RequireObject(e, What);
        var method = JsonValues.String(e, "method", What) switch
        {
            "constant" => ProjectionMethod.ConstantGrowth,
            "loglinear" => ProjectionMethod.LogLinear,
            "holt" => ProjectionMethod.Holt,
            "damped_holt" => ProjectionMethod.DampedHolt,
            var other => throw new JsonException($"'method' of a projection is constant, loglinear, holt or damped_holt; got {Text.CellText.Quote(other)}."),
        };
        var parameterList = Array(e, "parameters", What, allowEmpty: true);
        var parameters = ImmutableArray.CreateBuilder<ProjectionParameter>(parameterList.GetArrayLength());
        foreach (var p in parameterList.EnumerateArray())
        {
            JsonValues.RequireObject(p, "projection parameter");
            parameters.Add(new ProjectionParameter(
                JsonValues.String(p, "name", "projection parameter"),
                JsonValues.Double(p, "value", "projection parameter"),
                JsonValues.Boolean(p, "estimated", "projection parameter")));
        }

        double? confidence = JsonValues.NullableDouble(e, "confidence", What);
        var f = JsonValues.Required(e, "fit", What);
        JsonValues.RequireObject(f, "projection fit");
        var fit = new ProjectionFit(
            JsonValues.Int(f, "observations", "projection fit"),
            JsonValues.Int(f, "degrees_of_freedom", "projection fit"),
            JsonValues.Double(f, "sum_of_squared_errors", "projection fit"),
            JsonValues.NullableDouble(f, "r_squared", "projection fit"),
            JsonValues.NullableDouble(f, "residual_standard_error", "projection fit"),
            JsonValues.Boolean(f, "log_scale", "projection fit"));
        var lastPeriod = ObservationJsonConverter.Period(JsonValues.Required(e, "last_actual_period", What), What);
        decimal lastValue = JsonValues.Decimal(e, "last_actual_value", What);

        var pathList = Array(e, "path", What, allowEmpty: false);
        var path = ImmutableArray.CreateBuilder<ProjectedPoint>(pathList.GetArrayLength());
        var distributions = ImmutableArray.CreateBuilder<PredictiveDistribution>(pathList.GetArrayLength());
        var expected = lastPeriod;
        foreach (var point in pathList.EnumerateArray())
        {
            const string PointWhat = "projected point";
            JsonValues.RequireObject(point, PointWhat);
            var period = ObservationJsonConverter.Period(JsonValues.Required(point, "period", PointWhat), PointWhat);
            expected = expected.Next();
            if (period != expected)
            {
                throw new JsonException($"The projected path goes from {lastPeriod} period by period; got {period} where {expected} belongs.");
            }

            var interval = JsonValues.Optional(point, "interval") is { } i ? IntervalJsonConverter.FromElement(i, "interval") : (Published.Interval?)null;
            if ((interval is null) != (confidence is null))
            {
                throw new JsonException($"The point for {period} {(interval is null ? "has no interval, but the projection has a confidence" : "has an interval, but the projection has no confidence")}.");
            }

            path.Add(new ProjectedPoint(period, JsonValues.Int(point, "step", PointWhat), JsonValues.Double(point, "estimate", PointWhat), interval));
            var d = JsonValues.Required(point, "distribution", PointWhat);
            JsonValues.RequireObject(d, "predictive distribution");
            distributions.Add(new PredictiveDistribution(
                JsonValues.Double(d, "location", "predictive distribution"),
                JsonValues.Double(d, "scale", "predictive distribution"),
                JsonValues.NullableDouble(d, "degrees_of_freedom", "predictive distribution"),
                JsonValues.Boolean(d, "log_scale", "predictive distribution")));
        }

        return new Projection(method, parameters.MoveToImmutable(), lastPeriod, lastValue, path.MoveToImmutable(), distributions.MoveToImmutable(), confidence, fit);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Projection value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var w = writer;
        w.WriteStartObject();
        w.WriteString("method", MethodCode(value.Method));
        w.WriteStartArray("parameters");
        foreach (var p in value.Parameters)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            JsonValues.Number(w, "value", p.Value);
            w.WriteBoolean("estimated", p.IsEstimated);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        JsonValues.Number(w, "confidence", value.ConfidenceLevel);
        w.WriteStartObject("fit");
        w.WriteNumber("observations", value.Fit.Observations);
        w.WriteNumber("degrees_of_freedom", value.Fit.DegreesOfFreedom);
        JsonValues.Number(w, "sum_of_squared_errors", value.Fit.SumOfSquaredErrors);
        JsonValues.Number(w, "r_squared", value.Fit.RSquared);
        JsonValues.Number(w, "residual_standard_error", value.Fit.ResidualStandardError);
        w.WriteBoolean("log_scale", value.Fit.OnLogScale);
        w.WriteEndObject();
        w.WriteString("last_actual_period", value.LastActualPeriod.ToString(Periods.PeriodNotation.Iso));
        w.WriteNumber("last_actual_value", value.LastActualValue);
        w.WriteStartArray("path");
        for (int i = 0; i < value.Path.Length; i++)
        {
            var point = value.Path[i];
            w.WriteStartObject();
            w.WriteString("period", point.Period.ToString(Periods.PeriodNotation.Iso));
            w.WriteNumber("step", point.Step);
            JsonValues.Number(w, "estimate", point.Estimate);
            w.WritePropertyName("interval");
            if (point.Interval is { } interval)
            {
                IntervalJsonConverter.Write(w, interval, "interval");
            }
            else
            {
                w.WriteNullValue();
            }

            var d = value.Distribution(i);
            w.WriteStartObject("distribution");
            JsonValues.Number(w, "location", d.Location);
            JsonValues.Number(w, "scale", d.Scale);
            JsonValues.Number(w, "degrees_of_freedom", d.DegreesOfFreedom);
            w.WriteBoolean("log_scale", d.OnLogScale);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static JsonElement Array(JsonElement obj, string name, string what, bool allowEmpty)
    {
        var list = JsonValues.Required(obj, name, what);
        return list.ValueKind == JsonValueKind.Array && (allowEmpty || list.GetArrayLength() > 0)
            ? list
            : throw new JsonException($"'{name}' of a {what} is an array{(allowEmpty ? string.Empty : " of at least one element")}; got {JsonValues.Describe(list)}.");
    }

    /// <summary>The code of a projection method in JSON (<c>constant</c>, <c>loglinear</c>, <c>holt</c>, <c>damped_holt</c>), shared with the CLI's project schema.</summary>
    internal static string MethodCode(ProjectionMethod method) => method switch
    {
        ProjectionMethod.ConstantGrowth => "constant",
        ProjectionMethod.LogLinear => "loglinear",
        ProjectionMethod.Holt => "holt",
        _ => "damped_holt",
    };
}
