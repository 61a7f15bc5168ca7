using System;
using System.Linq;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// Tests for <see cref="Ranking"/>: standard competition ranking ("1224"), direction, missing values and ties after
/// rounding to the published decimals. The provincial figures are synthetic except Taizhou's +11.0 % (FIGURES.md).
/// </summary>
public class RankingTest
{
    private static readonly string[] Cities = ["杭州", "寧波", "溫州", "台州", "紹興"];

    [Fact]
    public void Rank_HigherIsBetter_GrowthFirstInProvince()
    {
        // 增幅居全省第一: Taizhou's 11.0 % is the highest.
        var ranking = Ranking.Rank(Cities, [0.093, 0.101, 0.089, 0.110, 0.097], RankDirection.HigherIsBetter);

        Assert.Equal(1, ranking.RankOf("台州"));
        Assert.Equal(["台州", "寧波", "紹興", "杭州", "溫州"], ranking.Ranked.Select(r => r.Region));
        Assert.Equal([1, 2, 3, 4, 5], ranking.Ranked.Select(r => r.Rank!.Value));
        Assert.All(ranking.Entries, r => Assert.False(r.IsTied));
        Assert.Equal(5, ranking.RankedCount);
        Assert.Empty(ranking.Missing);
    }

    [Fact]
    public void Rank_LowerIsBetter_ReversesTheOrder()
    {
        // Energy use per unit of GDP: the lowest is first.
        var ranking = Ranking.Rank(Cities, [0.093, 0.101, 0.089, 0.110, 0.097], RankDirection.LowerIsBetter);

        Assert.Equal(["溫州", "杭州", "紹興", "寧波", "台州"], ranking.Ranked.Select(r => r.Region));
        Assert.Equal(5, ranking.RankOf("台州"));
        Assert.Equal(RankDirection.LowerIsBetter, ranking.Direction);
    }

    [Fact]
    public void Rank_Ties_ShareTheBetterRank_1224()
    {
        // Values 0.12, 0.11, 0.11, 0.10: ranks 1, 2, 2, 4 (standard competition ranking).
        var ranking = Ranking.Rank(["a", "b", "c", "d"], [0.11, 0.12, 0.10, 0.11], RankDirection.HigherIsBetter);

        Assert.Equal([1, 2, 2, 4], ranking.Ranked.Select(r => r.Rank!.Value));
        Assert.Equal(["b", "a", "d", "c"], ranking.Ranked.Select(r => r.Region)); // ties in input order
        Assert.Equal(1, ranking["a"].TiedWith);
        Assert.Equal(1, ranking["d"].TiedWith);
        Assert.Equal(0, ranking["b"].TiedWith);
        Assert.True(ranking["a"].IsTied);
    }

    [Fact]
    public void Rank_ThreeWayTieForFirst()
    {
        var ranking = Ranking.Rank(["a", "b", "c", "d"], [5, 5, 5, 4], RankDirection.HigherIsBetter);

        Assert.Equal([1, 1, 1, 4], ranking.Ranked.Select(r => r.Rank!.Value));
        Assert.All(ranking.Ranked.Take(3), r => Assert.Equal(2, r.TiedWith));
    }

    [Fact]
    public void Rank_Ties_LowerIsBetter_AlsoShareTheBetterRank()
    {
        var ranking = Ranking.Rank(["a", "b", "c"], [2, 1, 1], RankDirection.LowerIsBetter);

        Assert.Equal(1, ranking.RankOf("b"));
        Assert.Equal(1, ranking.RankOf("c"));
        Assert.Equal(3, ranking.RankOf("a"));
    }

    [Fact]
    public void Rank_NegativeValuesAndZero_RankNormally()
    {
        // Falls rank below rises; −0.0 and 0.0 are the same value.
        var ranking = Ranking.Rank(["a", "b", "c", "d"], [-0.05, 0.0, -0.0, 0.02], RankDirection.HigherIsBetter);

        Assert.Equal([1, 2, 2, 4], ranking.Ranked.Select(r => r.Rank!.Value));
        Assert.Equal("a", ranking.Ranked[^1].Region);
    }

    [Fact]
    public void Rank_MissingValues_AreExcludedAndReportedNotRankedLast()
    {
        // 溫州 has no figure: it has no rank, does not count in the N of "k of N", and is listed separately.
        var ranking = Ranking.Rank(Cities, [0.093, null, null, 0.110, 0.097], RankDirection.HigherIsBetter);

        Assert.Equal(3, ranking.RankedCount);
        Assert.Equal(["寧波", "溫州"], ranking.Missing.Select(r => r.Region));
        Assert.All(ranking.Missing, r =>
        {
            Assert.True(r.IsMissing);
            Assert.Null(r.Rank);
            Assert.Null(r.Value);
            Assert.Equal(0, r.TiedWith);
        });
        Assert.Null(ranking.RankOf("溫州"));
        Assert.Equal(3, ranking.RankOf("杭州"));
        Assert.Equal(["台州", "紹興", "杭州", "寧波", "溫州"], ranking.Entries.Select(r => r.Region));
    }

    [Fact]
    public void Rank_AllMissingOrEmpty_GivesNoRanks()
    {
        var all = Ranking.Rank(["a", "b"], [null, null], RankDirection.HigherIsBetter);
        Assert.Empty(all.Ranked);
        Assert.Equal(2, all.Missing.Count);

        var empty = Ranking.Rank([], [], RankDirection.HigherIsBetter);
        Assert.Empty(empty.Entries);
    }

    [Fact]
    public void Rank_TieDecimals_ValuesEqualAsPublishedTie()
    {
        // 0.1104 and 0.1096 are both published as 11.0 % (3 decimals of a fraction): they tie for first. Exactly,
        // 0.1104 is first alone.
        string[] regions = ["台州", "寧波", "杭州"];
        double?[] values = [0.1104, 0.1096, 0.1049];

        var published = Ranking.Rank(regions, values, RankDirection.HigherIsBetter, 3);
        var exact = Ranking.Rank(regions, values, RankDirection.HigherIsBetter);

        Assert.Equal([1, 1, 3], published.Ranked.Select(r => r.Rank!.Value));
        Assert.Equal(3, published.TieDecimals);
        Assert.Equal(0.1096, published["寧波"].Value); // the entry keeps the unrounded value
        Assert.Equal([1, 2, 3], exact.Ranked.Select(r => r.Rank!.Value));
        Assert.Null(exact.TieDecimals);
    }

    [Fact]
    public void Rank_TieDecimals_RoundsHalfAwayFromZero()
    {
        // 0.1105 rounds to 0.111 (四捨五入, half away from zero; banker's rounding would give 0.110) and ties with
        // 0.1114; 0.1095 rounds to 0.110 and is third.
        var ranking = Ranking.Rank(["a", "b", "c"], [0.1105, 0.1114, 0.1095], RankDirection.HigherIsBetter, 3);

        Assert.Equal(1, ranking.RankOf("a"));
        Assert.Equal(1, ranking.RankOf("b"));
        Assert.Equal(3, ranking.RankOf("c"));
    }

    [Fact]
    public void Rank_TieDecimals_Zero_RoundsToIntegers()
    {
        var ranking = Ranking.Rank(["a", "b", "c"], [1042.27, 1041.6, 1040.4], RankDirection.HigherIsBetter, 0);
        Assert.Equal([1, 1, 3], ranking.Ranked.Select(r => r.Rank!.Value));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16)]
    public void Rank_TieDecimalsOutOfRange_Throws(int decimals)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Ranking.Rank(["a"], [1.0], RankDirection.HigherIsBetter, decimals));
        Assert.Equal("tieDecimals", ex.ParamName);
    }

    [Fact]
    public void Rank_NaNOrInfinity_Throws_NamingTheRegion()
    {
        var ex = Assert.Throws<ArgumentException>(() => Ranking.Rank(["a", "溫州"], [1.0, double.NaN], RankDirection.HigherIsBetter));
        Assert.Equal("values", ex.ParamName);
        Assert.Contains("溫州", ex.Message, StringComparison.Ordinal);
        Assert.Contains("null", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Ranking.Rank(["a"], [double.NegativeInfinity], RankDirection.HigherIsBetter));
    }

    [Fact]
    public void Rank_BadNames_Throw()
    {
        var duplicate = Assert.Throws<ArgumentException>(() => Ranking.Rank(["a", "a"], [1.0, 2.0], RankDirection.HigherIsBetter));
        Assert.Contains("'a'", duplicate.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Ranking.Rank(["a", " "], [1.0, 2.0], RankDirection.HigherIsBetter));
        Assert.Throws<ArgumentException>(() => Ranking.Rank(["a", null!], [1.0, 2.0], RankDirection.HigherIsBetter));
    }

    [Fact]
    public void Rank_LengthMismatchNullOrUnknownDirection_Throws()
    {
        Assert.Throws<ArgumentException>(() => Ranking.Rank(["a", "b"], [1.0], RankDirection.HigherIsBetter));
        Assert.Throws<ArgumentNullException>(() => Ranking.Rank(null!, [1.0], RankDirection.HigherIsBetter));
        Assert.Throws<ArgumentNullException>(() => Ranking.Rank(["a"], null!, RankDirection.HigherIsBetter));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ranking.Rank(["a"], [1.0], (RankDirection)7));
    }

    [Fact]
    public void Rank_Property_RankIsOnePlusNumberStrictlyBetter()
    {
        var random = new Random(20180814);
        for (int trial = 0; trial < 50; trial++)
        {
            int n = random.Next(1, 30);
            string[] names = [.. Enumerable.Range(0, n).Select(i => "r" + i)];
            double?[] values = [.. Enumerable.Range(0, n).Select(_ => random.Next(5) == 0 ? (double?)null : random.Next(8))];
            var direction = random.Next(2) == 0 ? RankDirection.HigherIsBetter : RankDirection.LowerIsBetter;

            var ranking = Ranking.Rank(names, values, direction);

            foreach (var entry in ranking.Ranked)
            {
                double v = entry.Value!.Value;
                int better = values.Count(o => o is double x && (direction == RankDirection.HigherIsBetter ? x > v : x < v));
                int same = values.Count(o => o == v);
                Assert.Equal(better + 1, entry.Rank);
                Assert.Equal(same - 1, entry.TiedWith);
            }

            Assert.Equal(values.Count(v => v is null), ranking.Missing.Count);
        }
    }
}
