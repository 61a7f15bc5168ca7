namespace Taizhou.Metrics.Cli.Commands;

/// <summary>A figure given to <c>taizhou-metrics derive</c>, as printed: its option, its text and what it is.</summary>
/// <param name="Option">The option's name without the dashes (<c>rate</c>, <c>total-growth</c>).</param>
/// <param name="Printed">The figure as given, the number of its decimals its precision (<c>8.50</c> is not <c>8.5</c>).</param>
/// <param name="Decimals">The number of decimals printed; null for a date.</param>
/// <param name="Unit">What the figure is: <c>percent</c>, <c>points</c>, <c>level</c>, <c>count</c>, <c>months</c> or <c>date</c>.</param>
internal sealed record DeriveInput(string Option, string Printed, int? Decimals, string Unit);
