using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Taizhou.Metrics.Serialization;

/// <summary>
/// JSON for the library's types with <c>System.Text.Json</c> (part of .NET: no package): a ready, read-only
/// <see cref="Options"/>, the source-generated <see cref="MetricsJsonContext"/>, and the converters, which are also
/// attached to the types themselves so that any options serialize them.
/// </summary>
/// <remarks>
/// <para>The shapes (docs/json.md, "The library's JSON"):</para>
/// <list type="bullet">
/// <item><c>ReportingPeriod</c>: its ISO-style text, <c>"2018-01..06"</c> (read back with <c>ReportingPeriod.Parse</c>);</item>
/// <item><c>MetricUnit</c>: its code, <c>"yi"</c>;</item>
/// <item><c>Amount</c>: <c>{"value": 1042.27, "unit": "yi"}</c>, the exact decimal;</item>
/// <item><c>GrowthRate</c>: <c>{"fraction": 0.267}</c>, or <c>{"fraction": null, "undefined": "ZeroBase"}</c>; a bare number reads as a defined rate;</item>
/// <item><c>Interval</c>: <c>[lower, upper]</c>;</item>
/// <item><c>Observation</c>: <c>{"period": "2018-06", "value": 1042.27}</c>, value null when missing;</item>
/// <item><c>TimeSeries</c>: <c>{"name", "kind", "unit", "observations"}</c>, validated on reading;</item>
/// <item><c>BreakdownAnalysis</c> and <c>Projection</c>: see their converters.</item>
/// </list>
/// <para>
/// Rates are fractions (0.267 = +26.7 %), as everywhere in the library. No NaN or infinity is ever written: a value
/// that is not defined is null with its reason, and a non-finite double reaching a converter (a bug) throws
/// <see cref="System.InvalidOperationException"/> naming the key and the value. A document of the wrong shape throws
/// <see cref="JsonException"/> saying what is wrong.
/// </para>
/// </remarks>
public static class MetricsJson
{
    /// <summary>Gets the library's converters, to add to options of your own.</summary>
    public static IReadOnlyList<JsonConverter> Converters { get; } =
    [
        new ReportingPeriodJsonConverter(),
        new MetricUnitJsonConverter(),
        new AmountJsonConverter(),
        new GrowthRateJsonConverter(),
        new IntervalJsonConverter(),
        new ObservationJsonConverter(),
        new TimeSeriesJsonConverter(),
        new BreakdownAnalysisJsonConverter(),
        new ProjectionJsonConverter(),
    ];

    /// <summary>
    /// Gets the source-generated context bound to <see cref="Options"/>: its properties
    /// (<c>MetricsJson.Context.TimeSeries</c>, <c>.BreakdownAnalysis</c>, …) serialize with no reflection, so they are the
    /// calls to use in a trimmed or ahead-of-time compiled (Native AOT) application.
    /// </summary>
    /// <remarks><see cref="MetricsJsonContext.Default"/> is the same context with the default options, which escape Chinese text as <c>\uXXXX</c>.</remarks>
    public static MetricsJsonContext Context { get; } = CreateContext(); // after Converters: static fields initialise in order

    /// <summary>
    /// Gets read-only options for the library's types: the resolver is <see cref="Context"/> (no reflection, trim- and
    /// AOT-safe), the converters are <see cref="Converters"/>, output is not indented, and Chinese text is written as is
    /// (<c>"亿元"</c>, not <c>"\u4EBF\u5143"</c>) while HTML-sensitive characters (<c>&lt;</c>, <c>&amp;</c>, quotes) stay escaped.
    /// </summary>
    /// <remarks>
    /// <para>Copy them to change a setting: <c>new JsonSerializerOptions(MetricsJson.Options) { WriteIndented = true }</c>.</para>
    /// <para>
    /// <c>JsonSerializer.Serialize(value, MetricsJson.Options)</c> works, but in an application compiled ahead of time
    /// the generic overloads taking options are flagged by the trim and AOT analyzers (IL2026, IL3050): call
    /// <c>JsonSerializer.Serialize(value, MetricsJson.Context.TimeSeries)</c> there instead.
    /// </para>
    /// </remarks>
    public static JsonSerializerOptions Options => Context.Options;

    private static MetricsJsonContext CreateContext()
    {
        var options = new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        foreach (var converter in Converters)
        {
            options.Converters.Add(converter);
        }

        var context = new MetricsJsonContext(options);
        options.MakeReadOnly();
        return context;
    }
}
