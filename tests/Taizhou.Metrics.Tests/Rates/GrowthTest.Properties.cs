using System;
using System.Linq;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Rates;

/// <summary>Laws checked on inputs drawn from a seeded <see cref="Random"/>, so every run sees the same cases.</summary>
public partial class GrowthTest
{
    private const int Seed = 20180814; // the article's date
    private const int Trials = 500;

    /// <summary>A positive level with two decimals, 0.01 to 100 000.00 億元.</summary>
    private static decimal Level(Random random) => Math.Round((decimal)(random.NextDouble() * 100_000.0) + 0.01m, 2);

    [Fact]
    public void Property_Cagr_CompoundedBack_ReproducesTheEndLevel()
    {
        var random = new Random(Seed);
        for (int i = 0; i < Trials; i++)
        {
            decimal start = Level(random), end = Level(random);
            double years = 0.25 + (random.NextDouble() * 30.0);

            double rate = Growth.Cagr(start, end, years).GetFraction();

            // start × (1 + r)^years = end, to a relative 1e-10 (pow and root each lose a few ulps).
            double back = (double)start * Math.Pow(1.0 + rate, years);
            Assert.Equal(1.0, back / (double)end, 1e-10);
        }
    }

    [Fact]
    public void Property_Cagr_OverOneYear_IsTheSimpleRate()
    {
        var random = new Random(Seed + 1);
        for (int i = 0; i < Trials; i++)
        {
            decimal start = Level(random), end = Level(random);

            Assert.Equal(Growth.Rate(end, start).GetFraction(), Growth.Cagr(start, end, 1.0).GetFraction(), 1e-12);
        }
    }

    [Fact]
    public void Property_AnnualizeMonthly_EqualsCompoundingTwelveTimes()
    {
        var random = new Random(Seed + 2);
        for (int i = 0; i < Trials; i++)
        {
            double monthly = (random.NextDouble() * 0.4) - 0.2; // −20 % to +20 % a month
            double compounded = 1.0;
            for (int m = 0; m < 12; m++)
            {
                compounded *= 1.0 + monthly;
            }

            Assert.Equal(compounded - 1.0, Growth.Annualize(GrowthRate.FromFraction(monthly), 1).GetFraction(), 1e-12);
        }
    }

    [Fact]
    public void Property_AnnualizeQuarterly_EqualsCompoundingFourTimes()
    {
        var random = new Random(Seed + 3);
        for (int i = 0; i < Trials; i++)
        {
            double quarterly = (random.NextDouble() * 0.6) - 0.3;
            double expected = ((1.0 + quarterly) * (1.0 + quarterly) * (1.0 + quarterly) * (1.0 + quarterly)) - 1.0;

            Assert.Equal(expected, Growth.Annualize(GrowthRate.FromFraction(quarterly), 3).GetFraction(), 1e-12);
        }
    }

    [Fact]
    public void Property_LogGrowths_AddOverConsecutivePeriods()
    {
        var random = new Random(Seed + 4);
        for (int i = 0; i < Trials; i++)
        {
            decimal a = Level(random), b = Level(random), c = Level(random);

            double sum = Growth.Log(b, a).GetFraction() + Growth.Log(c, b).GetFraction();

            Assert.Equal(Growth.Log(c, a).GetFraction(), sum, 1e-12);
        }
    }

    [Fact]
    public void Property_LogGrowth_ExponentiatesToTheSimpleRate()
    {
        var random = new Random(Seed + 5);
        for (int i = 0; i < Trials; i++)
        {
            decimal current = Level(random), baseValue = Level(random);
            double simple = Growth.Rate(current, baseValue).GetFraction();

            // e^log − 1 = simple rate, relative to the factor 1 + simple.
            Assert.Equal(1.0, Math.Exp(Growth.Log(current, baseValue).GetFraction()) / (1.0 + simple), 1e-12);
        }
    }

    [Fact]
    public void Property_ImpliedBase_InvertsRate()
    {
        var random = new Random(Seed + 6);
        for (int i = 0; i < Trials; i++)
        {
            decimal current = Level(random), baseValue = Level(random);

            decimal implied = Growth.ImpliedBase(current, Growth.Rate(current, baseValue));

            // The rate passes through a double (15-16 significant digits), so the base comes back to ~1e-12 relative.
            Assert.Equal(1.0, (double)(implied / baseValue), 1e-12);
        }
    }

    [Fact]
    public void Property_Doublings_InvertsFromDoublings()
    {
        var random = new Random(Seed + 7);
        for (int i = 0; i < Trials; i++)
        {
            double doublings = (random.NextDouble() * 6.0) - 2.0;
            double years = 0.5 + (random.NextDouble() * 40.0);

            Assert.Equal(doublings, Growth.Doublings(Growth.FromDoublings(doublings, years), years), 1e-10);
        }
    }

    [Fact]
    public void Property_AverageAnnual_ConstantGrowthPath_BothMethodsGiveTheRate()
    {
        // On a path y_k = y_0 (1 + g)^k the level method and the cumulative method agree on g.
        var random = new Random(Seed + 8);
        for (int i = 0; i < 200; i++)
        {
            double g = (random.NextDouble() * 0.5) - 0.2;
            int n = random.Next(1, 11);
            decimal y0 = Level(random);
            decimal[] levels = Enumerable.Range(1, n).Select(k => y0 * (decimal)Math.Pow(1.0 + g, k)).ToArray();

            Assert.Equal(g, Growth.AverageAnnual(y0, levels, AverageGrowthMethod.Geometric).GetFraction(), 1e-10);
            Assert.Equal(g, Growth.AverageAnnual(y0, levels, AverageGrowthMethod.Cumulative).GetFraction(), 1e-10);
        }
    }

    [Fact]
    public void Property_AverageAnnual_Cumulative_SatisfiesItsEquation()
    {
        var random = new Random(Seed + 9);
        for (int i = 0; i < 200; i++)
        {
            int n = random.Next(1, 11);
            decimal y0 = Level(random);
            decimal[] levels = Enumerable.Range(1, n).Select(_ => Level(random)).ToArray();

            double x = Growth.AverageAnnual(y0, levels, AverageGrowthMethod.Cumulative).GetFraction();

            // Σ_{k=1..n} (1 + x)^k = Σ y_k / y_0, relative to the right-hand side.
            double lhs = Enumerable.Range(1, n).Sum(k => Math.Pow(1.0 + x, k));
            double rhs = (double)(levels.Sum() / y0);
            Assert.Equal(1.0, lhs / rhs, 1e-9);
        }
    }

    [Fact]
    public void Property_AbsoluteBase_SignFollowsTheChange()
    {
        // Under AbsoluteBase a rise is positive and a fall negative, whatever the base's sign.
        var random = new Random(Seed + 10);
        for (int i = 0; i < Trials; i++)
        {
            decimal current = Level(random) - 50_000m, baseValue = Level(random) - 50_000m;
            if (baseValue == 0m)
            {
                continue;
            }

            double rate = Growth.Rate(current, baseValue, NegativeBasePolicy.AbsoluteBase).GetFraction();

            Assert.Equal(Math.Sign(current - baseValue), Math.Sign(rate));
        }
    }

    [Fact]
    public void Property_YearOnYear_GapFreeMonthly_IsTheRateOfMonthsTwelveApart()
    {
        var random = new Random(Seed + 11);
        decimal?[] values = Enumerable.Range(0, 36).Select(_ => (decimal?)Level(random)).ToArray();
        var series = Monthly(2016, 1, values);

        var growths = Growth.YearOnYear(series);

        for (int i = 12; i < values.Length; i++)
        {
            Assert.Equal(Growth.Rate(values[i], values[i - 12]), growths[i].Rate);
        }
    }

    [Fact]
    public void Property_YearOnYear_ErasingAMonth_ChangesOnlyItsOwnRateAndTheNextYears()
    {
        // Calendar-aware: removing one observation touches the growth of that month (gone) and of the same month a
        // year later (MissingBase); every other month keeps its rate.
        var random = new Random(Seed + 12);
        decimal?[] values = Enumerable.Range(0, 36).Select(_ => (decimal?)Level(random)).ToArray();
        var full = Growth.YearOnYear(Monthly(2016, 1, values));
        for (int trial = 0; trial < 20; trial++)
        {
            int erased = random.Next(0, 24);
            var observations = Monthly(2016, 1, values).Observations.Where((_, i) => i != erased);
            var gapped = Growth.YearOnYear(TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, observations));

            foreach (var g in gapped)
            {
                int index = full.Select((f, i) => (f, i)).Single(t => t.f.Period == g.Period).i;
                if (index == erased + 12)
                {
                    AssertUndefined(GrowthUndefinedReason.MissingBase, g.Rate);
                }
                else
                {
                    Assert.Equal(full[index].Rate, g.Rate);
                }
            }
        }
    }
}
