using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>Tests for <see cref="RegionRanking"/>: look-up by name, the lists it exposes and their immutability.</summary>
public class RegionRankingTest
{
    private static RegionRanking Sample() =>
        Ranking.Rank(["台州", "寧波", "溫州"], [0.110, null, 0.101], RankDirection.HigherIsBetter);

    [Fact]
    public void Indexer_FindsByName_UnknownThrows()
    {
        var ranking = Sample();

        Assert.Equal(0.110, ranking["台州"].Value);
        Assert.Throws<KeyNotFoundException>(() => ranking["杭州"]);
        Assert.Throws<KeyNotFoundException>(() => ranking.RankOf("杭州"));
        Assert.Throws<ArgumentNullException>(() => ranking[null!]);
    }

    [Fact]
    public void Names_AreOrdinal()
    {
        var ranking = Ranking.Rank(["Taizhou"], [1.0], RankDirection.HigherIsBetter);
        Assert.Throws<KeyNotFoundException>(() => ranking["taizhou"]);
    }

    [Fact]
    public void Lists_AreReadOnly()
    {
        var ranking = Sample();

        Assert.IsType<ReadOnlyCollection<RankedRegion>>(ranking.Entries);
        Assert.True(((ICollection<RankedRegion>)ranking.Ranked).IsReadOnly);
        Assert.Throws<NotSupportedException>(() => ((IList<RankedRegion>)ranking.Missing).Add(ranking.Entries[0]));
    }

    [Fact]
    public void ToString_SaysCountsAndDirection()
    {
        Assert.Equal("2 ranked (HigherIsBetter), 1 missing", Sample().ToString());
    }
}
