using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Serialization;

/// <summary>
/// Writes a <see cref="MetricUnit"/> as its code (<c>"yuan"</c>, <c>"wan"</c>, <c>"yi"</c>, <c>"count"</c>,
/// <c>"percent"</c>, <c>"index"</c>) and reads it back with <see cref="MetricUnit.Parse"/>, which also takes the Chinese
/// symbols (億元, 亿元).
/// </summary>
/// <remarks>Text that is not a unit is a <see cref="JsonException"/> quoting it.</remarks>
public sealed class MetricUnitJsonConverter : JsonConverter<MetricUnit>
{
    /// <inheritdoc/>
    public override MetricUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A unit is a string such as \"yi\"; got {reader.TokenType}.");
        }

        string text = reader.GetString()!;
        return MetricUnit.TryParse(text, out var unit)
            ? unit
            : throw new JsonException($"{Text.CellText.Quote(text)} is not a unit; expected yuan, wan, yi, count, percent or index.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, MetricUnit value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Code);
    }

    internal static MetricUnit Parse(JsonElement element, string what)
    {
        if (element.ValueKind == JsonValueKind.String && MetricUnit.TryParse(element.GetString(), out var unit))
        {
            return unit;
        }

        throw new JsonException($"'unit' of a {what} is a unit code (yuan, wan, yi, count, percent, index); got {JsonValues.Describe(element)}.");
    }
}
