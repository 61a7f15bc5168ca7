using System;
using Taizhou.Metrics.Published;
using Xunit;

namespace Taizhou.Metrics.Tests.Published;

public class ComparableBasisTest
{
    [Fact]
    public void Restate_LevelsAndGrowthDisagree_ReportsTheRestatement()
    {
        // Published: last year 100.0, this year 112.0, growth 10.0 % (同口徑). Levels give +12 %.
        // Comparable base 112.0 / 1.10 = 101.818; restatement 100.0 − 101.818 = −1.818.
        var r = ComparableBasis.Restate(PublishedValue.Of(100.0m), PublishedValue.Of(112.0m), PublishedValue.Of(10.0m));

        Assert.Equal(112.0 / 1.1, r.ComparableBase.Estimate, 10);
        Assert.Equal(100.0 - (112.0 / 1.1), r.Restatement.Estimate, 10);
        Assert.Equal(12.0, r.LevelGrowthPercent.Estimate, 10);
        Assert.True(r.Disagrees);
        // Restatement bounds: 99.95 − 112.05 / 1.0995 = −1.9595 … 100.05 − 111.95 / 1.1005 = −1.6779
        Assert.Equal(99.95 - (112.05 / 1.0995), r.Restatement.Bounds.Lower, 9);
        Assert.Equal(100.05 - (111.95 / 1.1005), r.Restatement.Bounds.Upper, 9);
    }

    [Fact]
    public void Restate_ConsistentFigures_DoNotDisagree()
    {
        // 100.0 → 110.0 is +10.0 % exactly
        var r = ComparableBasis.Restate(PublishedValue.Of(100.0m), PublishedValue.Of(110.0m), PublishedValue.Of(10.0m));
        Assert.False(r.Disagrees);
        Assert.True(r.Restatement.Bounds.Contains(0.0));
    }

    [Fact]
    public void Restate_NonPositivePrevious_Throws() =>
        Assert.Throws<ArgumentException>(() => ComparableBasis.Restate(PublishedValue.Of(0.0m), PublishedValue.Of(1.0m), PublishedValue.Of(1.0m)));
}
