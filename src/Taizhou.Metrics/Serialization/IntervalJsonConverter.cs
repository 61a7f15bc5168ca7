using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Serialization;

/// <summary>
/// Writes an <see cref="Interval"/> as <c>[lower, upper]</c> (the form of the command-line tool's bounds and prediction
/// intervals) and reads it back.
/// </summary>
/// <remarks>An array that is not two finite numbers with lower ≤ upper is a <see cref="JsonException"/>.</remarks>
public sealed class IntervalJsonConverter : JsonConverter<Interval>
{
    /// <inheritdoc/>
    public override Interval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromElement(JsonValues.Element(ref reader), "interval");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Interval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Write(writer, value, "interval");
    }

    internal static void Write(Utf8JsonWriter writer, Interval value, string name)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(JsonValues.Finite(name, value.Lower));
        writer.WriteNumberValue(JsonValues.Finite(name, value.Upper));
        writer.WriteEndArray();
    }

    internal static Interval FromElement(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() == 2)
        {
            double lower = JsonValues.DoubleValue(element[0], name, "interval");
            double upper = JsonValues.DoubleValue(element[1], name, "interval");
            if (lower <= upper)
            {
                return Interval.Between(lower, upper);
            }
        }

        throw new JsonException($"'{name}' is an interval [lower, upper] with lower ≤ upper; got {JsonValues.Describe(element)}.");
    }
}
