using System.Collections.Generic;
using Taizhou.Metrics.Cli.Commands;
using Taizhou.Metrics.Targets;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>What <c>taizhou-metrics plan</c> computed: each target of the file evaluated against its actuals.</summary>
/// <param name="Source">The targets file as given.</param>
/// <param name="ActualsSource">The actuals file as given, or null without <c>--actuals</c>.</param>
/// <param name="AsOf">The year of <c>--as-of</c>, or null (each target as of its target year).</param>
/// <param name="Targets">The targets with their evaluations, in file order.</param>
internal sealed record PlanReport(string Source, string? ActualsSource, int? AsOf, IReadOnlyList<(PlanRow Row, PlanEvaluation Evaluation)> Targets);
