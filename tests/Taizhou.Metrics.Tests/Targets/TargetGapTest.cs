using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Targets;
using Xunit;
using static Taizhou.Metrics.Tests.Targets.AnnualSeries;

namespace Taizhou.Metrics.Tests.Targets;

public class TargetGapTest
{
    [Fact]
    public void Of_GrowingPath_GapShareAndFirstReaching()
    {
        // Latest growth 1000 → 1250 is 25 %: 1562.5 in 2019, 1953.125 in 2020, 2441.40625 in 2021 (by hand; the
        // projection works on the log scale, so to about 1e-12).
        var projection = Project.ConstantGrowth(Annual(2017, 1000m, 1250m), Year(2021));
        var gap = TargetGap.Of(projection, new ValueTarget("clusters", Year(2021), 2000m));
        Assert.Equal(2441.40625, gap.Projected, 1e-9);
        Assert.Equal(441.40625, gap.Gap, 1e-9);
        Assert.Equal(441.40625 / 2000.0, gap.GapShare, 1e-12);
        Assert.True(gap.OnTrack);
        Assert.Equal(Year(2021), gap.FirstReaching);
        Assert.Null(TargetGap.Of(projection, new ValueTarget("clusters", Year(2021), 2500m)).FirstReaching);
    }

    [Fact]
    public void Of_StrictTarget_ReachedOnlyAbove_LikeOnTrack()
    {
        // A flat path (growth 0 %) stays at one level L (100 up to the log-scale round trip). A target of exactly L is
        // met "at least" from the first projected year, and "over" never, by OnTrack and FirstReaching alike.
        var projection = Project.ConstantGrowth(Annual(2016, 100m, 100m), Year(2021));
        double level = projection.Path[0].Estimate;
        Assert.All(projection.Path, p => Assert.Equal(level, p.Estimate));
        decimal target = decimal.Parse(level.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(level, (double)target);

        var atLeast = TargetGap.Of(projection, new ValueTarget("t", Year(2021), target));
        Assert.True(atLeast.OnTrack);
        Assert.Equal(Year(2018), atLeast.FirstReaching);

        var over = TargetGap.Of(projection, new ValueTarget("t", Year(2021), target, strict: true));
        Assert.False(over.OnTrack);
        Assert.Null(over.FirstReaching);
        Assert.Equal(0.0, over.Gap);
    }

    [Fact]
    public void Of_FlatSeriesExactlyAtItsTarget_IsOnTrack_ForEveryLevelTried()
    {
        // A flat series at L projects to L in exact arithmetic; in doubles the log-scale round trip gives L(1 ± 1e-16)
        // (2000 → 1999.9999999999998), which compared exactly was "not on track" for about half the levels.
        int tried = 0, offByNoise = 0;
        for (int i = 1; i <= 400; i++)
        {
            decimal level = (i * 7.3m) + 1000m;
            foreach (var projection in new[]
            {
                Project.ConstantGrowth(Annual(2015, level, level, level), Year(2021)),
                Project.LogLinear(Annual(2015, level, level, level, level), Year(2021)),
            })
            {
                tried++;
                offByNoise += projection.Path[^1].Estimate < (double)level ? 1 : 0;
                var atLeast = TargetGap.Of(projection, new ValueTarget("t", Year(2021), level));
                Assert.True(atLeast.OnTrack, $"{level}: projected {atLeast.Projected:R}");
                Assert.NotNull(atLeast.FirstReaching);
                Assert.NotNull(projection.FirstReaching((double)level));
                Assert.False(TargetGap.Of(projection, new ValueTarget("t", Year(2021), level, strict: true)).OnTrack);
            }
        }

        // Guards against passing vacuously: the noise is there for a good share of the levels.
        Assert.True(offByNoise > tried / 10, $"only {offByNoise} of {tried} paths fell below their level");
    }

    [Fact]
    public void Of_PathJustBelowTheTarget_IsNotOnTrack()
    {
        // 1999.99 against 2000 is short by 5e-6 of the target: well beyond the 1e-9 tolerance.
        var projection = Project.ConstantGrowth(Annual(2019, 1999.99m, 1999.99m), Year(2021));
        Assert.False(TargetGap.Of(projection, new ValueTarget("t", Year(2021), 2000m)).OnTrack);
        Assert.Null(projection.FirstReaching(2000.0));
    }

    [Fact]
    public void Of_TargetBeyondTheHorizon_Throws()
    {
        var projection = Project.ConstantGrowth(Annual(2017, 1000m, 1250m), Year(2020));
        Assert.Throws<ArgumentException>("projection", () => TargetGap.Of(projection, new ValueTarget("t", Year(2021), 1m)));
    }
}
