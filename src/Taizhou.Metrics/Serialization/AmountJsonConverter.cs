using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Serialization;

/// <summary>
/// Writes an <see cref="Amount"/> as <c>{"value": 1042.27, "unit": "yi"}</c>: the exact decimal, digits as held (no
/// rounding), and the unit's code; reads the same shape back.
/// </summary>
/// <remarks>
/// Both properties are required on reading; a unit that is not a money unit (<c>"count"</c>), a value beyond the range
/// of a decimal or a missing property is a <see cref="JsonException"/> that says which.
/// </remarks>
public sealed class AmountJsonConverter : JsonConverter<Amount>
{
    private const string What = "amount";

    /// <inheritdoc/>
    public override Amount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var element = JsonValues.Element(ref reader);
        JsonValues.RequireObject(element, What);
        decimal value = JsonValues.Decimal(element, "value", What);
        var unit = MetricUnitJsonConverter.Parse(JsonValues.Required(element, "unit", What), What);
        return unit.Dimension == UnitDimension.Money
            ? Amount.Of(value, unit)
            : throw new JsonException($"An amount needs a money unit (yuan, wan, yi); got {unit.Code}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Amount value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("value", value.Value);
        writer.WriteString("unit", value.Unit.Code);
        writer.WriteEndObject();
    }
}
