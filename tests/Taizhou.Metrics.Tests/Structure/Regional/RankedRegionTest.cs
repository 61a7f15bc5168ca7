using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>Tests for <see cref="RankedRegion"/>: its flags and its text.</summary>
public class RankedRegionTest
{
    [Fact]
    public void ToString_RankedTiedAndMissing()
    {
        var ranking = Ranking.Rank(["台州", "寧波", "溫州", "杭州", "紹興"], [0.11, 0.11, null, 0.09, 0.09], RankDirection.HigherIsBetter);

        Assert.Equal("台州: 0.11, rank 1 (tied with 1 other)", ranking["台州"].ToString());
        Assert.Equal("溫州: missing, not ranked", ranking["溫州"].ToString());
        Assert.Equal("杭州: 0.09, rank 3 (tied with 1 other)", ranking["杭州"].ToString());

        var three = Ranking.Rank(["a", "b", "c", "d"], [1, 1, 1, 0.5], RankDirection.HigherIsBetter);
        Assert.Equal("a: 1, rank 1 (tied with 2 others)", three["a"].ToString());
        Assert.Equal("d: 0.5, rank 4", three["d"].ToString());
    }

    [Fact]
    public void Flags_FollowRankAndTies()
    {
        var ranking = Ranking.Rank(["a", "b", "c"], [1.0, null, 2.0], RankDirection.HigherIsBetter);

        Assert.False(ranking["a"].IsMissing);
        Assert.False(ranking["a"].IsTied);
        Assert.Equal(2, ranking["a"].Rank);
        Assert.True(ranking["b"].IsMissing);
        Assert.False(ranking["b"].IsTied);
    }
}
