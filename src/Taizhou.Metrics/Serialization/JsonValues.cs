using System;
using System.Globalization;
using System.Text.Json;

namespace Taizhou.Metrics.Serialization;

/// <summary>
/// The shared reading and writing rules of the converters: a double that is not finite never reaches the writer, and
/// a document that does not have the shape expected is a <see cref="JsonException"/> that says what is wrong.
/// </summary>
internal static class JsonValues
{
    /// <summary>Writes a number, refusing NaN and ±∞.</summary>
    /// <exception cref="InvalidOperationException">The value is not finite; the message names the key and the value.</exception>
    public static void Number(Utf8JsonWriter writer, string name, double value) => writer.WriteNumber(name, Finite(name, value));

    /// <summary>Writes a number, or null; refuses NaN and ±∞.</summary>
    /// <exception cref="InvalidOperationException">The value is not finite; the message names the key and the value.</exception>
    public static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is double v)
        {
            Number(writer, name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Returns the value when it is finite.</summary>
    /// <exception cref="InvalidOperationException">The value is NaN or infinite.</exception>
    public static double Finite(string name, double value) => double.IsFinite(value)
        ? value
        : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"JSON key '{name}' would be {value}, not a finite number; JSON has no NaN or infinity."));

    /// <summary>Reads the current token as a whole element (an object, an array or a value).</summary>
    public static JsonElement Element(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.Clone();
    }

    /// <summary>Requires the element to be an object.</summary>
    public static void RequireObject(JsonElement element, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"A {what} is a JSON object; got {element.ValueKind}.");
        }
    }

    /// <summary>Gets a required property.</summary>
    public static JsonElement Required(JsonElement obj, string name, string what) =>
        obj.TryGetProperty(name, out var value)
            ? value
            : throw new JsonException($"A {what} needs the property '{name}'.");

    /// <summary>Gets an optional property, treating an absent one as null.</summary>
    public static JsonElement? Optional(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>Reads a required string.</summary>
    public static string String(JsonElement obj, string name, string what)
    {
        var value = Required(obj, name, what);
        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new JsonException($"'{name}' of a {what} is a string; got {value.ValueKind}.");
    }

    /// <summary>Reads a required boolean.</summary>
    public static bool Boolean(JsonElement obj, string name, string what)
    {
        var value = Required(obj, name, what);
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new JsonException($"'{name}' of a {what} is true or false; got {value.ValueKind}."),
        };
    }

    /// <summary>Reads a required decimal.</summary>
    public static decimal Decimal(JsonElement obj, string name, string what)
    {
        var value = Required(obj, name, what);
        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal d)
            ? d
            : throw new JsonException($"'{name}' of a {what} is a number within the range of a decimal (±7.9e28); got {Describe(value)}.");
    }

    /// <summary>Reads a required double.</summary>
    public static double DoubleValue(JsonElement value, string name, string what) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double d) && double.IsFinite(d)
            ? d
            : throw new JsonException($"'{name}' of a {what} is a finite number; got {Describe(value)}.");

    /// <summary>Reads a required double property.</summary>
    public static double Double(JsonElement obj, string name, string what) => DoubleValue(Required(obj, name, what), name, what);

    /// <summary>Reads an optional double property: null or absent gives null.</summary>
    public static double? NullableDouble(JsonElement obj, string name, string what) =>
        Optional(obj, name) is { } value ? DoubleValue(value, name, what) : null;

    /// <summary>Reads a required int.</summary>
    public static int Int(JsonElement obj, string name, string what)
    {
        var value = Required(obj, name, what);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int i)
            ? i
            : throw new JsonException($"'{name}' of a {what} is an integer; got {Describe(value)}.");
    }

    /// <summary>Describes an element for a message: its kind, and its text when it is a value (at most 80 characters).</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object or JsonValueKind.Array => value.ValueKind.ToString(),
        JsonValueKind.String => Text.CellText.Quote(value.GetString()),
        _ => Text.CellText.Quote(value.GetRawText()),
    };
}
