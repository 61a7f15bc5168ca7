using System;
using System.Linq;
using CsCheck;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Xunit;

namespace Taizhou.Metrics.Tests.Series;

/// <summary>
/// Single-month figures from cumulative releases (单月同比). Published case: 社会消费品零售总额 2023 (NBS releases of
/// 2023-05-16 and 2023-06-15, reprinted; research notes §3): 1-4月 149833 亿元 +8.5 %, 1-5月 187636 亿元 +9.3 %, May
/// printed 37803 亿元 +12.7 %. Expected values are hand calculations (Python, all 16 corners of the rounding box) given
/// in the comments.
/// </summary>
public class SingleMonthTest
{
    private static CumulativeFigure Ytd(int year, int month, decimal level, decimal? growth) =>
        new(ReportingPeriod.YearToDate(year, month), PublishedValue.Of(level), growth is decimal g ? PublishedValue.Of(g) : null);

    private static readonly CumulativeFigure RetailApril = Ytd(2023, 4, 149833m, 8.5m);
    private static readonly CumulativeFigure RetailMay = Ytd(2023, 5, 187636m, 9.3m);

    [Fact]
    public void Between_RetailSalesMay2023_LevelIsThePrintedMonthExactly()
    {
        var may = SingleMonth.Between(RetailApril, RetailMay);

        Assert.Equal(ReportingPeriod.Month(2023, 5), may.Period);
        Assert.Equal(37803.0, may.Level.Estimate, 9);            // 187636 − 149833, printed 37803
        Assert.Equal(37802.0, may.Level.Bounds.Lower, 9);        // 187635.5 − 149833.5
        Assert.Equal(37804.0, may.Level.Bounds.Upper, 9);
    }

    [Fact]
    public void Between_RetailSalesMay2023_GrowthIs12_59Within12_12And13_07_ContainingThePrinted12_7()
    {
        var may = SingleMonth.Between(RetailApril, RetailMay);

        // Base 187636 / 1.093 − 149833 / 1.085 = 33575.7004; growth 37803 / 33575.7004 − 1 = 12.59035 %.
        Assert.Equal(33575.7004, may.ComparableBase!.Value.Estimate, 4);
        Assert.Equal(0.1259035, may.Growth.GetFraction(), 7);
        var g = may.GrowthBounds!.Value.GetBounds();
        Assert.Equal(0.1211551, g.Lower, 7);                     // corner minimum, tolerance 1e-7
        Assert.Equal(0.1306922, g.Upper, 7);                     // corner maximum
        Assert.True(g.Contains(0.127), $"printed 12.7 % outside {g}");
        var b = may.ComparableBase!.Value.GetBounds();
        Assert.Equal(33432.6186, b.Lower, 4);
        Assert.Equal(33718.7954, b.Upper, 4);
    }

    [Theory]
    [InlineData(130062, 8.4, 162968, 9.3, 32906, 0.1300851, 0.1253090, 0.1349018, 0.127)]   // 城镇
    [InlineData(19771, 8.6, 24668, 9.4, 4897, 0.1275342, 0.1226964, 0.1324155, 0.128)]      // 乡村
    [InlineData(133945, 7.3, 167678, 7.9, 33733, 0.1035017, 0.0988213, 0.1082219, 0.105)]   // 商品零售
    [InlineData(15888, 19.8, 19958, 22.6, 4070, 0.3490882, 0.3436299, 0.3545934, 0.351)]    // 餐饮收入
    public void Between_RetailSubSeriesMay2023_BoundsContainThePrintedMonthlyGrowth(
        double april, double aprilGrowth, double may, double mayGrowth, double level, double growth, double lower, double upper, double printed)
    {
        var figure = SingleMonth.Between(Ytd(2023, 4, (decimal)april, (decimal)aprilGrowth), Ytd(2023, 5, (decimal)may, (decimal)mayGrowth));

        Assert.Equal(level, figure.Level.Estimate, 9);           // the printed May level, exactly
        Assert.Equal(growth, figure.Growth.GetFraction(), 7);     // hand, 1e-7
        Assert.Equal(lower, figure.GrowthBounds!.Value.Bounds.Lower, 7);
        Assert.Equal(upper, figure.GrowthBounds!.Value.Bounds.Upper, 7);
        Assert.True(figure.GrowthBounds!.Value.Bounds.Contains(printed));
    }

    [Fact]
    public void GrowthBounds_AreTheExtremesOverTheWholeBox_NotOnlyItsCorners()
    {
        // The corner claim, checked by brute force: a 9^4 grid through the box never leaves the bounds, and the
        // bounds are attained (at corners) to 1e-12.
        var may = SingleMonth.Between(RetailApril, RetailMay);
        var bounds = may.GrowthBounds!.Value.GetBounds();
        double min = double.MaxValue, max = double.MinValue;
        foreach (double a in Grid(187635.5, 187636.5))
        {
            foreach (double ga in Grid(9.25, 9.35))
            {
                foreach (double b in Grid(149832.5, 149833.5))
                {
                    foreach (double gb in Grid(8.45, 8.55))
                    {
                        double g = ((a - b) / ((a / (1 + (ga / 100))) - (b / (1 + (gb / 100))))) - 1;
                        min = Math.Min(min, g);
                        max = Math.Max(max, g);
                    }
                }
            }
        }

        Assert.Equal(bounds.Lower, min, 12);
        Assert.Equal(bounds.Upper, max, 12);

        static double[] Grid(double lo, double hi) => [.. Enumerable.Range(0, 9).Select(i => lo + ((hi - lo) * i / 8.0))];
    }

    [Fact]
    public void GrowthBounds_RandomReleases_HoldEveryPointOfTheBox_AndAreItsCornerExtremes()
    {
        // Property (CsCheck, 2000 cases): cumulative levels with 0 to 2 decimals, growths with one decimal from −50 to
        // +100 %; any point of the rounding box gives a growth within the bounds (slack 1e-12 relative), and the bounds
        // are the least and greatest of the 16 corners, computed here independently.
        var gen = Gen.Select(Gen.Long[1_000, 100_000_000], Gen.Long[1, 50_000_000], Gen.Int[0, 2], Gen.Int[-500, 1000], Gen.Int[-500, 1000], Gen.Double[0.0, 1.0].Array[4]);
        gen.Sample(
            t =>
            {
                var (previousUnits, monthUnits, decimals, a, b, u) = t;
                decimal scale = decimals switch { 0 => 1m, 1 => 0.1m, _ => 0.01m };
                var previous = new CumulativeFigure(ReportingPeriod.YearToDate(2023, 4), PublishedValue.Of(previousUnits * scale, decimals), PublishedValue.Of(b / 10m, 1));
                var current = new CumulativeFigure(ReportingPeriod.YearToDate(2023, 5), PublishedValue.Of((previousUnits + monthUnits) * scale, decimals), PublishedValue.Of(a / 10m, 1));
                var figure = SingleMonth.Between(previous, current);
                if (figure.GrowthBounds is not { } growth || !growth.TryGetBounds(out var bounds))
                {
                    return;
                }

                // The box as the library holds it (the printed figures' bounds), so that the corners are the same doubles.
                Interval[] box = [current.Level.Bounds, current.GrowthPercent!.Value.Bounds, previous.Level.Bounds, previous.GrowthPercent!.Value.Bounds];
                if (figure.ComparableBase!.Value.Bounds.Lower < 1e-3 * box[0].Upper)
                {
                    // A base within a thousandth of the cumulative level cancels so badly that a double's rounding, not
                    // the formula, decides the last digits: no release looks like that.
                    return;
                }

                double min = double.MaxValue, max = double.MinValue;
                for (int corner = 0; corner < 16; corner++)
                {
                    double g = Growth([.. Enumerable.Range(0, 4).Select(i => (corner >> i & 1) == 0 ? box[i].Lower : box[i].Upper)]);
                    min = Math.Min(min, g);
                    max = Math.Max(max, g);
                }

                double slack = 1e-12 * Math.Max(1.0, Math.Abs(max));
                Assert.Equal(min, bounds.Lower, slack);
                Assert.Equal(max, bounds.Upper, slack);
                double inside = Growth([.. Enumerable.Range(0, 4).Select(i => box[i].Lower + (u[i] * box[i].Width))]);
                Assert.InRange(inside, bounds.Lower - slack, bounds.Upper + slack);
            },
            iter: 2000,
            threads: 1);

        static double Growth(double[] x) => ((x[0] - x[2]) / ((x[0] / (1 + (x[1] / 100))) - (x[2] / (1 + (x[3] / 100))))) - 1;
    }

    [Fact]
    public void FromCumulative_January_IsTheMonthItselfWithItsPrintedGrowth()
    {
        // 1-1月 100.0 at +5.0 %: January 100.0 [99.95, 100.05], growth 5.0 % [4.95, 5.05], base 100 / 1.05 = 95.2381.
        var figures = SingleMonth.FromCumulative([Ytd(2024, 1, 100.0m, 5.0m), Ytd(2024, 2, 210.0m, 6.0m)]);

        var january = figures[0];
        Assert.Equal(ReportingPeriod.Month(2024, 1), january.Period);
        Assert.False(january.IsSpan);
        Assert.Equal(Interval.Between(99.95, 100.05), january.Level.Bounds);
        Assert.Equal(0.05, january.Growth.GetFraction(), 15);
        Assert.Equal(0.0495, january.GrowthBounds!.Value.Bounds.Lower, 12);
        Assert.Equal(0.0505, january.GrowthBounds!.Value.Bounds.Upper, 12);
        Assert.Equal(95.238095, january.ComparableBase!.Value.Estimate, 6);

        // February: 210 − 100 = 110 on 210 / 1.06 − 100 / 1.05 = 198.1132 − 95.2381 = 102.8751: +6.926 %.
        Assert.Equal(ReportingPeriod.Month(2024, 2), figures[1].Period);
        Assert.Equal(110.0, figures[1].Level.Estimate, 9);
        Assert.Equal((110.0 / ((210.0 / 1.06) - (100.0 / 1.05))) - 1.0, figures[1].Growth.GetFraction(), 12);
    }

    [Fact]
    public void FromCumulative_JanuaryFebruaryRelease_GivesTheCombinedMonthsNotAFebruary()
    {
        var figures = SingleMonth.FromCumulative([Ytd(2023, 3, 300m, 6.0m), Ytd(2023, 2, 190m, 5.0m)]);

        Assert.Equal(ReportingPeriod.JanuaryFebruary(2023), figures[0].Period);
        Assert.True(figures[0].IsSpan);
        Assert.Equal(190.0, figures[0].Level.Estimate);
        Assert.Equal(0.05, figures[0].Growth.GetFraction(), 15);
        Assert.Equal(ReportingPeriod.Month(2023, 3), figures[1].Period);
        Assert.Equal(110.0, figures[1].Level.Estimate, 9);
    }

    [Fact]
    public void FromCumulative_AbsentRelease_GivesOneSpanForTheMonthsBetween()
    {
        // 1-2月 then 1-4月: March and April together (3-4月合计), never an April alone.
        var figures = SingleMonth.FromCumulative([Ytd(2023, 2, 190m, 5.0m), Ytd(2023, 4, 400m, 6.0m)]);

        Assert.Equal(ReportingPeriod.MonthSpan(2023, 3, 4), figures[1].Period);
        Assert.Equal(210.0, figures[1].Level.Estimate, 9);
    }

    [Fact]
    public void FromCumulative_NewYear_StartsAgainFromItsFirstRelease()
    {
        var figures = SingleMonth.FromCumulative([Ytd(2022, 12, 5000m, 4.0m), Ytd(2023, 2, 900m, 3.0m)]);

        Assert.Equal(ReportingPeriod.JanuaryFebruary(2023), figures[1].Period);
        Assert.Equal(900.0, figures[1].Level.Estimate);
    }

    [Fact]
    public void FromCumulative_LevelsOfAYear_AddUpToItsLastCumulativeLevel_AndEachRangeHoldsItsEstimate()
    {
        // The law of de-cumulation: the months of a year add up to the year's last cumulative level, whatever releases
        // are absent (1-2月 combined, 1-5月 absent so 5-6月 together), exactly for levels with one decimal.
        CumulativeFigure[] year =
        [
            Ytd(2022, 2, 1234.5m, 7.1m), Ytd(2022, 3, 1900.2m, 6.8m), Ytd(2022, 4, 2500.0m, 6.0m),
            Ytd(2022, 6, 3811.7m, 6.4m), Ytd(2022, 7, 4400.9m, 6.2m),
        ];

        var months = SingleMonth.FromCumulative(year);

        Assert.Equal(
            [ReportingPeriod.JanuaryFebruary(2022), ReportingPeriod.Month(2022, 3), ReportingPeriod.Month(2022, 4), ReportingPeriod.MonthSpan(2022, 5, 6), ReportingPeriod.Month(2022, 7)],
            months.Select(m => m.Period));
        Assert.Equal(4400.9m, months.Sum(m => (decimal)m.Level.Estimate));
        Assert.All(months, m =>
        {
            Assert.True(m.Level.Bounds.Contains(m.Level.Estimate));
            Assert.True(m.GrowthBounds!.Value.Bounds.Contains(m.Growth.GetFraction()));
        });
    }

    [Fact]
    public void FromCumulative_DuplicatePeriod_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => SingleMonth.FromCumulative([RetailMay, RetailApril, RetailMay]));

        Assert.Contains("2023-01..05 appears twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_NoGrowthPrinted_GrowthIsUndefinedMissingBase_LevelStillDerived()
    {
        var figure = SingleMonth.Between(Ytd(2023, 4, 149833m, null), RetailMay);

        Assert.Equal(37803.0, figure.Level.Estimate, 9);
        Assert.Null(figure.ComparableBase);
        Assert.Equal(GrowthUndefinedReason.MissingBase, figure.Growth.Reason);
        Assert.Null(figure.GrowthBounds);
    }

    [Fact]
    public void Between_NegativeComparableBase_GrowthIsUndefinedNegativeBase()
    {
        // 1-4月 100 at +100 %: base 50; 1-5月 101 at +150 %: base 40.4; the month's base 40.4 − 50 < 0.
        var figure = SingleMonth.Between(Ytd(2023, 4, 100m, 100m), Ytd(2023, 5, 101m, 150m));

        Assert.Equal(-9.6, figure.ComparableBase!.Value.Estimate, 9);
        Assert.Equal(GrowthUndefinedReason.NegativeBase, figure.Growth.Reason);
        Assert.Null(figure.GrowthBounds);
    }

    [Fact]
    public void Between_BaseCanReachZeroWithinRounding_GrowthIsUnbounded()
    {
        // 1-4月 100 at +0.0 %, 1-5月 101 at +0.9 %: the base as printed is 101 / 1.009 − 100 = 0.0991, but within the
        // rounding it runs from 100.5 / 1.0095 − 100.5 / 0.9995 = −1.00 to 101.5 / 1.0085 − 99.5 / 1.0005 = +1.19.
        var figure = SingleMonth.Between(Ytd(2023, 4, 100m, 0.0m), Ytd(2023, 5, 101m, 0.9m));

        Assert.True(figure.Growth.IsDefined);
        Assert.True(figure.GrowthBounds!.Value.IsUnbounded);
    }

    [Fact]
    public void Between_ReleasesOfDifferentYears_Throws()
    {
        Assert.Throws<ArgumentException>(() => SingleMonth.Between(Ytd(2022, 4, 1m, 1m), RetailMay));
        Assert.Throws<ArgumentException>(() => SingleMonth.Between(RetailMay, RetailApril));
    }

    [Fact]
    public void CumulativeFigure_NotCumulativePeriodOrGrowthAtMinus100_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CumulativeFigure(ReportingPeriod.Month(2023, 5), PublishedValue.Of(1m)));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CumulativeFigure(ReportingPeriod.YearToDate(2023, 5), PublishedValue.Of(1m), PublishedValue.Of(-100.0m)));
        Assert.Equal("growthPercent", ex.ParamName);
    }

    [Theory]
    [InlineData(JanuaryFebruaryRuleKind.Equal, 0.5)]
    [InlineData(JanuaryFebruaryRuleKind.LastYearRatio, 0.525)]   // last year 4200 : 3800 → 4200 / 8000
    [InlineData(JanuaryFebruaryRuleKind.WorkingDays, 0.6)]       // 21 : 14 working days → 21 / 35
    public void SplitJanuaryFebruary_SharesByTheStatedRule_MarkedEstimated_AndAddsUp(JanuaryFebruaryRuleKind kind, double share)
    {
        var rule = kind switch
        {
            JanuaryFebruaryRuleKind.Equal => JanuaryFebruaryRule.Equal(),
            JanuaryFebruaryRuleKind.LastYearRatio => JanuaryFebruaryRule.LastYearRatio(4200m, 3800m),
            _ => JanuaryFebruaryRule.WorkingDays(21, 14),
        };
        var combined = SingleMonth.FromCumulative([Ytd(2023, 2, 8000m, 3.5m)])[0];

        var split = SingleMonth.SplitJanuaryFebruary(combined, rule);

        Assert.True(split.IsEstimated);
        Assert.Equal(kind, split.Rule.Kind);
        Assert.Equal(share, rule.JanuaryShare, 15);
        Assert.Equal(8000.0 * share, split.January.Estimate, 9);
        Assert.Equal(8000.0 * (1 - share), split.February.Estimate, 9);
        Assert.Equal(8000.0, split.January.Estimate + split.February.Estimate, 9);
        Assert.Equal(7999.5 * share, split.January.Bounds.Lower, 9);        // the combined value's rounding, carried
        Assert.Equal(8000.5 * (1 - share), split.February.Bounds.Upper, 9);
    }

    [Fact]
    public void SplitJanuaryFebruary_NotAJanuaryFebruaryFigure_Throws()
    {
        var may = SingleMonth.Between(RetailApril, RetailMay);

        Assert.Throws<ArgumentException>(() => SingleMonth.SplitJanuaryFebruary(may, JanuaryFebruaryRule.Equal()));
        Assert.Throws<ArgumentOutOfRangeException>(() => JanuaryFebruaryRule.WorkingDays(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => JanuaryFebruaryRule.LastYearRatio(-1m, 5m));
    }
}
