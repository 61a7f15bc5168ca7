using System.Collections.Generic;
using System.Linq;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>What one <c>taizhou-metrics derive</c> subcommand computed: its inputs as printed and the figures derived from them.</summary>
/// <param name="Figure">The subcommand (<c>point-difference</c>, <c>rest-growth</c>, …).</param>
/// <param name="Formula">The formula, in the names of its options (<c>rate − other</c>).</param>
/// <param name="Inputs">The figures given, in the order of the formula.</param>
/// <param name="Figures">The figures derived, each with its check when the printed figure was given.</param>
internal sealed record DeriveResult(string Figure, string Formula, IReadOnlyList<DeriveInput> Inputs, IReadOnlyList<DerivedFigure> Figures)
{
    /// <summary>Gets whether a printed figure was given to check.</summary>
    public bool Checked => Figures.Any(f => f.Check is not null);

    /// <summary>Gets whether every printed figure given meets the derived one within rounding (true when none was given).</summary>
    public bool Passed => Figures.All(f => f.Check is not { IsBroken: true });
}
