using System;
using NodaTime;
using Taizhou.Metrics.Seasonal;
using Xunit;

namespace Taizhou.Metrics.Tests.Seasonal;

/// <summary>
/// The regressor as R seasonal's <c>genhol</c> computes it: the research notes' hand cases for 2019, 2020 and 2021, and
/// centring by hand (exact fractions, tolerance 1e-12).
/// </summary>
public class HolidayRegressorTest
{
    private const double Exact = 1e-12;

    private static readonly LocalDate[] Three = [new(2019, 2, 5), new(2020, 1, 25), new(2021, 2, 12)];

    [Fact]
    public void Generate_SixDaysBefore_HandCases()
    {
        // 2019 (5 Feb): 30 Jan … 4 Feb, Jan 2/6, Feb 4/6; 2020 (25 Jan): 19–24 Jan, Jan 1; 2021 (12 Feb): 6–11 Feb, Feb 1.
        var z = HolidayRegressor.Generate(Three, -6, -1, 12, HolidayCentering.None);

        Assert.Equal(2019, z.FirstYear);
        Assert.Equal(2021, z.LastYear);
        Assert.Equal(36, z.Values.Length);
        Assert.Equal(2.0 / 6, z.ValueAt(new YearMonth(2019, 1)), Exact);
        Assert.Equal(4.0 / 6, z.ValueAt(new YearMonth(2019, 2)), Exact);
        Assert.Equal(1.0, z.ValueAt(new YearMonth(2020, 1)), Exact);
        Assert.Equal(0.0, z.ValueAt(new YearMonth(2020, 2)), Exact);
        Assert.Equal(0.0, z.ValueAt(new YearMonth(2021, 1)), Exact);
        Assert.Equal(1.0, z.ValueAt(new YearMonth(2021, 2)), Exact);
        Assert.Equal(0.0, z.ValueAt(new YearMonth(2021, 3)), Exact);
    }

    [Fact]
    public void Generate_FestivalAndSixDaysAfter_2020IsAllJanuary()
    {
        // 2020: 25–31 January, 7/7 in January.
        var z = HolidayRegressor.Generate(Three, 0, 6, 12, HolidayCentering.None);

        Assert.Equal(1.0, z.ValueAt(2020, 1), Exact);
        Assert.Equal(0.0, z.ValueAt(2020, 2), Exact);
    }

    [Fact]
    public void Generate_CalendarCentring_SubtractsEachMonthsMeanOverTheYears()
    {
        // January shares 1/3, 1, 0: mean 4/9, so 2019 → −1/9; February 2/3, 0, 1: mean 5/9, so 2019 → 1/9; March 0.
        var z = HolidayRegressor.Generate(Three, -6, -1, 12, HolidayCentering.Calendar);

        Assert.Equal(-1.0 / 9, z.ValueAt(2019, 1), Exact);
        Assert.Equal(1.0 / 9, z.ValueAt(2019, 2), Exact);
        Assert.Equal(1.0 - (4.0 / 9), z.ValueAt(2020, 1), Exact);
        Assert.Equal(0.0, z.ValueAt(2020, 3), Exact);
    }

    [Fact]
    public void Generate_MeanCentring_SubtractsTheOverallMean()
    {
        // Three whole windows over 36 months: mean 1/12; 2019 January 1/3 − 1/12 = 1/4, any March −1/12.
        var z = HolidayRegressor.Generate(Three, -6, -1, 12, HolidayCentering.Mean);

        Assert.Equal(0.25, z.ValueAt(2019, 1), Exact);
        Assert.Equal(-1.0 / 12, z.ValueAt(2021, 3), Exact);
    }

    [Fact]
    public void Generate_Quarterly_PutsEachWindowInTheFirstQuarter()
    {
        var z = HolidayRegressor.Generate(Three, -6, -1, 4, HolidayCentering.None);

        Assert.Equal(12, z.Values.Length);
        Assert.Equal(1.0, z.ValueAt(2019, 1), Exact);
        Assert.Equal(0.0, z.ValueAt(2019, 2), Exact);
        Assert.Throws<InvalidOperationException>(() => z.ValueAt(new YearMonth(2019, 1)));
    }

    [Fact]
    public void Generate_WindowStartingTheYearBefore_StartsThatYear()
    {
        // 2 January 2020, window −6 … −1 = 27–31 December 2019 and 1 January 2020: December 5/6, January 1/6.
        var z = HolidayRegressor.Generate([new LocalDate(2020, 1, 2)], -6, -1, 12, HolidayCentering.None);

        Assert.Equal(2019, z.FirstYear);
        Assert.Equal(5.0 / 6, z.ValueAt(2019, 12), Exact);
        Assert.Equal(1.0 / 6, z.ValueAt(2020, 1), Exact);
    }

    [Fact]
    public void ForSpringFestival_UsesTheLibrarysTable()
    {
        var z = HolidayRegressor.ForSpringFestival(-6, -1, 12, HolidayCentering.None);

        Assert.Equal(1990, z.FirstYear);
        Assert.Equal(2050, z.LastYear);
        Assert.Equal(2.0 / 6, z.ValueAt(2019, 1), Exact);
    }

    [Fact]
    public void Generate_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => HolidayRegressor.Generate([], 0, 6, 12, HolidayCentering.None));
        Assert.Throws<ArgumentException>(() => HolidayRegressor.Generate([Three[1], Three[0]], 0, 6, 12, HolidayCentering.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRegressor.Generate(Three, 0, -1, 12, HolidayCentering.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRegressor.Generate(Three, 0, 151, 12, HolidayCentering.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRegressor.Generate(Three, 0, 6, 3, HolidayCentering.None));
    }
}
