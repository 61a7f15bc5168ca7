using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Serialization;

/// <summary>
/// Writes a <see cref="GrowthRate"/> as an object: <c>{"fraction": 0.267}</c> for +26.7 %, and
/// <c>{"fraction": null, "undefined": "ZeroBase"}</c> for a rate that is not defined, with the name of its
/// <see cref="GrowthUndefinedReason"/>. Reads that shape back, and a bare number as a defined rate.
/// </summary>
/// <remarks>
/// <para>
/// The fraction is never NaN or infinite (a <see cref="GrowthRate"/> cannot hold one). A null fraction without a reason,
/// an unknown reason, <c>"None"</c> as a reason, or a fraction beside a reason is a <see cref="JsonException"/>.
/// </para>
/// <para>
/// Inside a larger object, the command-line tool's documents flatten the rate into the property and a sibling
/// (<c>"growth": null, "growth_undefined": "ZeroBase"</c>): <see cref="WriteProperty"/> and <see cref="ReadProperty"/>
/// write and read that form.
/// </para>
/// </remarks>
public sealed class GrowthRateJsonConverter : JsonConverter<GrowthRate>
{
    private const string What = "growth rate";

    /// <inheritdoc/>
    public override GrowthRate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromElement(JsonValues.Element(ref reader));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, GrowthRate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteValue(writer, value);
    }

    internal static void WriteValue(Utf8JsonWriter writer, GrowthRate value)
    {
        writer.WriteStartObject();
        if (value.TryGetValue(out double fraction))
        {
            JsonValues.Number(writer, "fraction", fraction);
        }
        else
        {
            writer.WriteNull("fraction");
            writer.WriteString("undefined", value.Reason.ToString());
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a rate as a property of the object being written, flattened: <c>"name": 0.267</c>, or, when it is
    /// undefined, <c>"name": null, "name_undefined": "ZeroBase"</c> (the form of the command-line tool's documents,
    /// docs/json.md).
    /// </summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="propertyName">The property name.</param>
    /// <param name="rate">The rate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="propertyName"/> is null.</exception>
    public static void WriteProperty(Utf8JsonWriter writer, string propertyName, GrowthRate rate)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(propertyName);
        if (rate.TryGetValue(out double fraction))
        {
            JsonValues.Number(writer, propertyName, fraction);
        }
        else
        {
            writer.WriteNull(propertyName);
            writer.WriteString(propertyName + "_undefined", rate.Reason.ToString());
        }
    }

    /// <summary>
    /// Reads a rate written by <see cref="WriteProperty"/>: the number under <paramref name="propertyName"/>, or, when
    /// it is null, the reason under <c>&lt;propertyName&gt;_undefined</c>.
    /// </summary>
    /// <param name="obj">The object holding the property.</param>
    /// <param name="propertyName">The property name.</param>
    /// <returns>The rate, or null when the property is null with no reason beside it (a rate that was not given) or absent.</returns>
    /// <exception cref="JsonException">The property is not a number or null, or the reason is not a <see cref="GrowthUndefinedReason"/>.</exception>
    public static GrowthRate? ReadProperty(JsonElement obj, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(propertyName);
        JsonValues.RequireObject(obj, "object holding a rate");
        if (JsonValues.Optional(obj, propertyName) is { } value)
        {
            return GrowthRate.FromFraction(JsonValues.DoubleValue(value, propertyName, What));
        }

        return JsonValues.Optional(obj, propertyName + "_undefined") is { } reason
            ? GrowthRate.Undefined(Reason(reason, propertyName + "_undefined"))
            : null;
    }

    internal static GrowthRate FromElement(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Number)
        {
            return GrowthRate.FromFraction(JsonValues.DoubleValue(element, "fraction", What));
        }

        JsonValues.RequireObject(element, What);
        var fraction = JsonValues.Optional(element, "fraction");
        var reason = JsonValues.Optional(element, "undefined");
        return (fraction, reason) switch
        {
            ({ } f, null) => GrowthRate.FromFraction(JsonValues.DoubleValue(f, "fraction", What)),
            (null, { } r) => GrowthRate.Undefined(Reason(r, "undefined")),
            (null, null) => throw new JsonException("A growth rate needs a 'fraction', or a null fraction with the reason it is 'undefined'."),
            _ => throw new JsonException("A growth rate has a 'fraction' or is 'undefined', not both."),
        };
    }

    private static GrowthUndefinedReason Reason(JsonElement element, string name)
    {
        // The names exactly, as written: Enum.TryParse would also take " ZeroBase", "1" and "ZeroBase, NegativeBase"
        // (a flags combination, 1 | 2 = MissingCurrent).
        var reason = element.ValueKind == JsonValueKind.String
            ? element.GetString() switch
            {
                nameof(GrowthUndefinedReason.ZeroBase) => GrowthUndefinedReason.ZeroBase,
                nameof(GrowthUndefinedReason.NegativeBase) => GrowthUndefinedReason.NegativeBase,
                nameof(GrowthUndefinedReason.MissingCurrent) => GrowthUndefinedReason.MissingCurrent,
                nameof(GrowthUndefinedReason.MissingBase) => GrowthUndefinedReason.MissingBase,
                nameof(GrowthUndefinedReason.NonPositiveEnd) => GrowthUndefinedReason.NonPositiveEnd,
                _ => GrowthUndefinedReason.None,
            }
            : GrowthUndefinedReason.None;
        return reason != GrowthUndefinedReason.None
            ? reason
            : throw new JsonException($"'{name}' is the reason a rate is undefined: ZeroBase, NegativeBase, MissingCurrent, MissingBase or NonPositiveEnd; got {JsonValues.Describe(element)}.");
    }
}
