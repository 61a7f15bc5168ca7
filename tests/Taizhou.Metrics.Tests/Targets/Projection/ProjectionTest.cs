using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;
using Xunit;
using static Taizhou.Metrics.Tests.Targets.AnnualSeries;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary>
/// <see cref="Projection"/>: the first period that reaches a target and the probability of reaching it, checked by hand
/// (0.5 at the point estimate of a symmetric model, the tail mass at an interval bound, the normal table for Holt).
/// </summary>
public class ProjectionTest
{
    private static Projection Noisy() =>
        Project.LogLinear(Annual(2011, 2790m, 3020m, 3360m, 3590m, 3950m, 4200m, 4610m, 4850m), Year(2021));

    private static Projection HoltGiven() =>
        Project.Holt(Annual(2013, 3000m, 3350m, 3700m, 4080m, 4420m, 4850m), Year(2021), HoltParameters.Of(0.8, 0.2, 3000, 350));

    [Fact]
    public void FirstReaching_TenPercentGrowth_IsTheFirstYearAtOrAbove()
    {
        // 100 (2017), 110 (2018) → 121 (2019), 133.1 (2020), 146.41 (2021), 161.051 (2022), …
        var projection = Project.ConstantGrowth(Annual(2017, 100m, 110m), Year(2025));

        Assert.Equal(Year(2021), projection.FirstReaching(140));
        Assert.Equal(Year(2022), projection.FirstReaching(150));
        Assert.Equal(Year(2019), projection.FirstReaching(50)); // already above: the first projected period
        Assert.Null(projection.FirstReaching(1_000)); // not within the horizon
    }

    [Fact]
    public void FirstReaching_NonFiniteThreshold_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Noisy().FirstReaching(double.NaN));

    [Fact]
    public void ProbabilityOfReaching_AtThePointEstimate_IsOneHalf()
    {
        foreach (var projection in new[] { Noisy(), HoltGiven() })
        {
            foreach (var point in projection.Path)
            {
                Assert.Equal(0.5, projection.ProbabilityOfReaching(point.Period, point.Estimate)!.Value, 12);
            }
        }
    }

    [Fact]
    public void ProbabilityOfReaching_AtTheIntervalBounds_IsTheTailMass()
    {
        foreach (var projection in new[] { Noisy(), HoltGiven() })
        {
            foreach (var point in projection.Path)
            {
                Assert.Equal(0.025, projection.ProbabilityOfReaching(point.Period, point.Interval!.Value.Upper)!.Value, 9);
                Assert.Equal(0.975, projection.ProbabilityOfReaching(point.Period, point.Interval!.Value.Lower)!.Value, 9);
            }
        }
    }

    [Fact]
    public void ProbabilityOfReaching_Holt_IsNormalOnTheLevel()
    {
        // One standard deviation above the mean: 1 − Φ(1) = 0.158655253931457 (normal table).
        var projection = HoltGiven();
        var point = projection.Path[1];
        double sd = point.Interval!.Value.Width / (2 * 1.959963984540054);

        Assert.Equal(0.158655253931457, projection.ProbabilityOfReaching(point.Period, point.Estimate + sd)!.Value, 9);
        Assert.Equal(1 - 0.158655253931457, projection.ProbabilityOfReaching(point.Period, point.Estimate - sd)!.Value, 9);
    }

    [Fact]
    public void ProbabilityOfReaching_FallsAsTheThresholdRisesAndRisesWithTime()
    {
        var projection = Noisy();
        double[] byThreshold = [4000, 5000, 6000, 7000, 8000];
        var p = byThreshold.Select(t => projection.ProbabilityOfReaching(Year(2021), t)!.Value).ToArray();
        for (int i = 1; i < p.Length; i++)
        {
            Assert.True(p[i] < p[i - 1]);
        }

        // The trend grows, so a fixed level is likelier later.
        Assert.True(projection.ProbabilityOfReaching(Year(2021), 6000) > projection.ProbabilityOfReaching(Year(2019), 6000));
    }

    [Fact]
    public void ProbabilityOfReaching_LogScaleWithNonPositiveThreshold_IsOne()
    {
        Assert.Equal(1.0, Noisy().ProbabilityOfReaching(Year(2020), 0));
        Assert.Equal(1.0, Noisy().ProbabilityOfReaching(Year(2020), -5));
    }

    [Fact]
    public void ProbabilityOfReaching_PerfectFit_IsZeroOrOne()
    {
        var projection = Project.LogLinear(Annual(2015, 100m, 110m, 121m, 133.1m), Year(2019));
        double estimate = projection.At(Year(2019)).Estimate; // 146.41
        Assert.Equal(1.0, projection.ProbabilityOfReaching(Year(2019), estimate - 0.01));
        Assert.Equal(0.0, projection.ProbabilityOfReaching(Year(2019), estimate + 0.01));
    }

    [Fact]
    public void ProbabilityOfReaching_PeriodOffThePath_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Noisy().ProbabilityOfReaching(Year(2018), 5000));
        Assert.Contains("2019..2021", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Noisy().At(Year(2022)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Noisy().ProbabilityOfReaching(Year(2020), double.PositiveInfinity));
    }

    [Fact]
    public void Path_RunsFromAfterTheLastActualToTheHorizon()
    {
        var projection = Noisy();

        Assert.Equal(Year(2018), projection.LastActualPeriod);
        Assert.Equal(4850m, projection.LastActualValue);
        Assert.Equal(Year(2021), projection.Horizon);
        Assert.Equal([Year(2019), Year(2020), Year(2021)], projection.Path.Select(p => p.Period));
        Assert.Equal([1, 2, 3], projection.Path.Select(p => p.Step));
        Assert.All(projection.Path, p => Assert.True(p.Interval!.Value.Contains(p.Estimate)));

        // Intervals widen with the horizon.
        for (int i = 1; i < projection.Path.Length; i++)
        {
            Assert.True(Math.Log(projection.Path[i].Interval!.Value.Upper / projection.Path[i].Interval!.Value.Lower)
                > Math.Log(projection.Path[i - 1].Interval!.Value.Upper / projection.Path[i - 1].Interval!.Value.Lower));
        }
    }

    [Fact]
    public void Parameter_UnknownName_ListsTheKnownOnes()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Noisy().Parameter("alpha"));
        Assert.Contains("intercept, slope, growth", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NamesMethodAndRange()
    {
        string text = Noisy().ToString();
        Assert.Contains("LogLinear", text, StringComparison.Ordinal);
        Assert.Contains("2018", text, StringComparison.Ordinal);
        Assert.Contains("2021", text, StringComparison.Ordinal);
    }
}
