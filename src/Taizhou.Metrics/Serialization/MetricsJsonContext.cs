using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;

[assembly: SuppressMessage(
    "ApiDesign",
    "RS0041:Public members should not use oblivious types",
    Scope = "type",
    Target = "~T:Taizhou.Metrics.Serialization.MetricsJsonContext",
    Justification = "The System.Text.Json source generator writes the context's JsonTypeInfo properties without nullable annotations; the public API file declares them (with ~).")]

namespace Taizhou.Metrics.Serialization;

/// <summary>
/// The source-generated <see cref="JsonSerializerContext"/> of the library's JSON types: serialization that needs no
/// reflection, so it is safe to trim and to compile ahead of time (Native AOT). Use
/// <c>JsonSerializer.Serialize(series, MetricsJsonContext.Default.TimeSeries)</c>, or the ready options
/// <see cref="MetricsJson.Options"/>, whose resolver is this context.
/// </summary>
/// <remarks>
/// Covers <see cref="ReportingPeriod"/>, <see cref="MetricUnit"/>, <see cref="Amount"/>, <see cref="GrowthRate"/>
/// (and <c>GrowthRate?</c>), <see cref="Interval"/>, <see cref="Observation"/>, <see cref="TimeSeries"/>,
/// <see cref="BreakdownAnalysis"/>, <see cref="Projection"/>, and lists of observations and series. Each type's shape is
/// that of its converter (see <see cref="MetricsJson"/>). To serialize your own types that hold these, give your own
/// context the same types, or combine resolvers (<c>JsonTypeInfoResolver.Combine(YourContext.Default,
/// MetricsJsonContext.Default)</c>): the converters are attached to the types themselves.
/// </remarks>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(ReportingPeriod))]
[JsonSerializable(typeof(MetricUnit))]
[JsonSerializable(typeof(Amount))]
[JsonSerializable(typeof(GrowthRate))]
[JsonSerializable(typeof(GrowthRate?))]
[JsonSerializable(typeof(Interval))]
[JsonSerializable(typeof(Observation))]
[JsonSerializable(typeof(TimeSeries))]
[JsonSerializable(typeof(BreakdownAnalysis))]
[JsonSerializable(typeof(Projection))]
[JsonSerializable(typeof(IReadOnlyList<Observation>))]
[JsonSerializable(typeof(IReadOnlyList<TimeSeries>))]
public sealed partial class MetricsJsonContext : JsonSerializerContext;
