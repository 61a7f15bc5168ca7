using System;
using System.Linq;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>Contributions in points (拉動) and rates (貢獻率); hand calculations in the comments.</summary>
public class ContributionsTest
{
    [Fact]
    public void PercentagePoints_IsPartChangeOverBaseTotal()
    {
        // part 20 → 30, total base 200: 10 / 200 = 0.05 (5 points)
        Assert.Equal(0.05, Contributions.PercentagePoints(20m, 30m, 200m)!.Value, 15);
    }

    [Fact]
    public void Rate_IsPartChangeOverTotalChange()
    {
        // part +10 of a total +40: 25 %
        Assert.Equal(0.25, Contributions.Rate(20m, 30m, 200m, 240m)!.Value, 15);
    }

    [Fact]
    public void ZeroDenominators_AreNullNotZero()
    {
        Assert.Null(Contributions.PercentagePoints(1m, 2m, 0m));
        Assert.Null(Contributions.Rate(1m, 2m, 5m, 5m));
    }

    [Fact]
    public void Parts_PointsAddUpToTotalGrowth_AndRatesToOne()
    {
        var random = new Random(20180814);
        for (int trial = 0; trial < 200; trial++)
        {
            var before = Enumerable.Range(0, 7).Select(_ => (decimal)random.Next(1, 100000) / 100m).ToArray();
            var after = before.Select(b => b * (decimal)(0.5 + random.NextDouble())).ToArray();
            decimal totalBefore = before.Sum(), totalAfter = after.Sum();
            double growth = (double)((totalAfter - totalBefore) / totalBefore);
            double points = before.Select((b, i) => Contributions.PercentagePoints(b, after[i], totalBefore)!.Value).Sum();
            Assert.Equal(growth, points, 12);
            if (totalAfter != totalBefore)
            {
                double rates = before.Select((b, i) => Contributions.Rate(b, after[i], totalBefore, totalAfter)!.Value).Sum();
                Assert.Equal(1.0, rates, 9);
            }
        }
    }

    [Fact]
    public void ImpliedBaseTotal_SeedClusters_Is2413_6()
    {
        // FIGURES.md: 219.64 / 0.091 = 2413.6
        Assert.Equal(2413.6m, Math.Round(Contributions.ImpliedBaseTotal(219.64m, 0.091), 1));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ImpliedBaseTotal_NoContribution_Throws(double points) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Contributions.ImpliedBaseTotal(1m, points));
}
