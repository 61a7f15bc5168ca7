using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Serialization;

/// <summary>
/// Writes a <see cref="TimeSeries"/> as
/// <c>{"name": "output", "kind": "flow", "unit": "yi", "observations": [{"period": "2018-01", "value": 88.1}, …]}</c>:
/// the name (or null), the kind (<c>flow</c>, <c>cumulative</c>, <c>stock</c>), the unit's code and the observations in
/// chronological order, missing ones with a null value.
/// </summary>
/// <remarks>
/// Reading validates the series as <see cref="TimeSeries.Create"/> does (no period twice, periods that fit the kind,
/// a cumulative series that does not fall); a series that fails is a <see cref="JsonException"/> carrying the
/// library's message, which names the period. A cumulative series whose values fall within a year (profit can) is
/// accepted: a series holding such values can only have been created by a caller who allowed them.
/// </remarks>
public sealed class TimeSeriesJsonConverter : JsonConverter<TimeSeries>
{
    private const string What = "time series";

    /// <inheritdoc/>
    public override TimeSeries Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var element = JsonValues.Element(ref reader);
        JsonValues.RequireObject(element, What);
        var name = JsonValues.Optional(element, "name") is { } n
            ? (n.ValueKind == JsonValueKind.String ? n.GetString() : throw new JsonException($"'name' of a time series is a string or null; got {JsonValues.Describe(n)}."))
            : null;
        var kind = JsonValues.String(element, "kind", What) switch
        {
            "flow" => SeriesKind.Flow,
            "cumulative" => SeriesKind.Cumulative,
            "stock" => SeriesKind.Stock,
            var other => throw new JsonException($"'kind' of a time series is flow, cumulative or stock; got {Text.CellText.Quote(other)}."),
        };
        var unit = MetricUnitJsonConverter.Parse(JsonValues.Required(element, "unit", What), What);
        var list = JsonValues.Required(element, "observations", What);
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"'observations' of a time series is an array; got {list.ValueKind}.");
        }

        var observations = new List<Observation>(list.GetArrayLength());
        foreach (var item in list.EnumerateArray())
        {
            observations.Add(ObservationJsonConverter.FromElement(item));
        }

        try
        {
            // Strict first; a cumulative series that falls is only taken as written when strictness is what refuses it.
            return TimeSeries.Create(kind, unit, observations, name);
        }
        catch (ArgumentException strict) when (kind == SeriesKind.Cumulative)
        {
            try
            {
                return TimeSeries.Create(kind, unit, observations, name, allowFallingCumulative: true);
            }
            catch (ArgumentException)
            {
                throw new JsonException(strict.Message, strict);
            }
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TimeSeries value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WriteString("kind", value.Kind switch
        {
            SeriesKind.Flow => "flow",
            SeriesKind.Cumulative => "cumulative",
            _ => "stock",
        });
        writer.WriteString("unit", value.Unit.Code);
        writer.WriteStartArray("observations");
        foreach (var o in value.Observations)
        {
            ObservationJsonConverter.Write(writer, o);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
