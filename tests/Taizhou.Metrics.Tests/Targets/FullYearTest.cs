using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Targets;
using Xunit;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary>Full-year estimates; expected values from targets_projection_average_growth.json (full_year_from_YTD_by_last_year_pace).</summary>
public partial class FullYearTest
{
    private static readonly ReportingPeriod JanJun = ReportingPeriod.YearToDate(2024, 6);

    [Fact]
    public void FromRunRate_SixMonths_DoublesTheHalfYear()
    {
        // vector: run_rate_12_over_m_for_m6 = 4800 from 2400
        var estimate = FullYear.FromRunRate(JanJun, 2400m);
        Assert.Equal(4800m, estimate.Value);
        Assert.Equal(FullYearMethod.RunRate, estimate.Method);
        Assert.Equal(ReportingPeriod.CalendarYear(2024), estimate.Year);
    }

    [Fact]
    public void FromLastYearPace_MatchesVector()
    {
        // vector: pace_based_full_year = 2400 × 4600 / 2200 = 5018.18181818
        var estimate = FullYear.FromLastYearPace(JanJun, 2400m, 2200m, 4600m);
        Assert.Equal(5018.18181818, (double)estimate.Value, 8);
        Assert.Equal(FullYearMethod.LastYearPace, estimate.Method);
    }

    [Fact]
    public void FromRunRate_NotACumulativePeriod_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => FullYear.FromRunRate(ReportingPeriod.Half(2024, 1), 1m));
        Assert.Contains("2024H1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLastYearPace_NonPositiveBase_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FullYear.FromLastYearPace(JanJun, 1m, 0m, 4m));
}
