using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Fuzz;

/// <summary>
/// Inputs the random-input tests of the tool (CliInputFuzzTest) found to break the core, each pinned by a test skipped
/// until its bug is fixed; the comment names the file and the minimal fix.
/// </summary>
public class FuzzFindingsTest
{
    // Found by the random inputs (src/Taizhou.Metrics/Targets/Projection/Project.cs, line 100; found by CliInputFuzzTest through `project`):
    // ConstantGrowth takes each log growth as Math.Log((double)(y[i] / y[i-1])), dividing in decimal, which throws
    // OverflowException when the ratio is beyond decimal's range (a level of 1e-28 followed by 12.5, both valid
    // printed figures); the tool then dies with "Unhandled exception". Minimal fix: divide in double, as Growth's own
    // ratio does near decimal's range: Math.Log((double)y[i] / (double)y[i - 1]) (or the difference of the two logs).
    [Fact]
    public void ConstantGrowth_LevelRatioBeyondDecimal_ProjectsOrThrowsArgumentException()
    {
        var series = TimeSeries.FromValues(
            SeriesKind.Flow,
            MetricUnit.YiYuan,
            [ReportingPeriod.Quarter(2019, 1), ReportingPeriod.Quarter(2019, 2)],
            [0.0000000000000000000000000001m, 12.5m],
            "tiny then large");

        var thrown = Record.Exception(() => Project.ConstantGrowth(series, ReportingPeriod.Quarter(2019, 4)));

        Assert.True(thrown is null or ArgumentException, $"{thrown?.GetType().Name}: {thrown?.Message}");
    }

    // Found by the random inputs (src/Taizhou.Metrics/Structure/Breakdown.cs, line 73, and the same in Breakdown.Check.cs, SumOf; found by
    // CliInputFuzzTest through `contrib`): Analyse sums the parts' levels in decimal (Check sums published shares and
    // contributions), which throws OverflowException when they add up beyond decimal's range, each figure valid on its
    // own: an exception the documentation does not name, and the tool dies with "Unhandled exception". Minimal fix:
    // catch the OverflowException of the sums and throw ArgumentException("the parts add up beyond decimal's range",
    // nameof(parts)), which the tool reports as bad input.
    [Fact]
    public void Analyse_PartsAddingUpBeyondDecimal_ThrowsArgumentException()
    {
        BreakdownRow[] parts =
        [
            new("A", PublishedValue.Of(30m), PublishedValue.Of(79228162514264337593543950335m)),
            new("B", PublishedValue.Of(90m), PublishedValue.Of(80m)),
        ];

        var thrown = Record.Exception(() => Breakdown.Analyse(parts, null));

        Assert.True(thrown is ArgumentException, $"{thrown?.GetType().Name}: {thrown?.Message}");
    }
}
