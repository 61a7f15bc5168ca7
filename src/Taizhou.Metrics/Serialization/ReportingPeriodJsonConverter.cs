using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Serialization;

/// <summary>
/// Writes a <see cref="ReportingPeriod"/> as its ISO-style text (<c>"2018-01..06"</c> for 2018年1-6月, <c>"2018-06"</c>,
/// <c>"2018Q2"</c>, <c>"2018H1"</c>, <c>"2018-03/04"</c>, <c>"2018"</c>) and reads it back with <see cref="ReportingPeriod.Parse"/>, which
/// also takes the Chinese notations (<c>"2018年1-6月"</c>).
/// </summary>
/// <remarks>Text that is not a period is a <see cref="JsonException"/> quoting it. Applied to the type by an attribute, so
/// every <see cref="JsonSerializerOptions"/> uses it.</remarks>
public sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    /// <inheritdoc/>
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A reporting period is a string such as \"2018-01..06\"; got {reader.TokenType}.");
        }

        return Parse(reader.GetString()!);
    }

    private static ReportingPeriod Parse(string text) => ReportingPeriod.TryParse(text, out var period)
        ? period
        : throw new JsonException($"{Text.CellText.Quote(text)} is not a reporting period (expected ISO-style text such as \"2018-01..06\" or \"2018-06\").");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(PeriodNotation.Iso));
    }

    /// <inheritdoc/>
    public override ReportingPeriod ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString(PeriodNotation.Iso));
    }
}
