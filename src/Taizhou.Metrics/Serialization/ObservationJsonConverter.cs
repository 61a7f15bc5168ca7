using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Serialization;

/// <summary>
/// Writes an <see cref="Observation"/> as <c>{"period": "2018-06", "value": 1042.27}</c>, the value an exact decimal with
/// its digits as held, or <c>null</c> when it is missing (never NaN, never zero); reads the same shape back.
/// </summary>
/// <remarks>A missing <c>period</c>, a period that does not parse or a value that is not a number or null is a
/// <see cref="JsonException"/>; an absent <c>value</c> reads as missing.</remarks>
public sealed class ObservationJsonConverter : JsonConverter<Observation>
{
    private const string What = "observation";

    /// <inheritdoc/>
    public override Observation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromElement(JsonValues.Element(ref reader));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Observation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Write(writer, value);
    }

    internal static void Write(Utf8JsonWriter writer, Observation value)
    {
        writer.WriteStartObject();
        writer.WriteString("period", value.Period.ToString(PeriodNotation.Iso));
        if (value.Value is decimal v)
        {
            writer.WriteNumber("value", v);
        }
        else
        {
            writer.WriteNull("value");
        }

        writer.WriteEndObject();
    }

    internal static Observation FromElement(JsonElement element)
    {
        JsonValues.RequireObject(element, What);
        var period = Period(JsonValues.Required(element, "period", What), What);
        return JsonValues.Optional(element, "value") is null
            ? Observation.Missing(period)
            : Observation.Of(period, JsonValues.Decimal(element, "value", What));
    }

    internal static ReportingPeriod Period(JsonElement element, string what) =>
        element.ValueKind == JsonValueKind.String && ReportingPeriod.TryParse(element.GetString(), out var period)
            ? period
            : throw new JsonException($"The period of a {what} is a string such as \"2018-01..06\"; got {JsonValues.Describe(element)}.");
}
