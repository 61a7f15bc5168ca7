using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Targets;

public partial class FullYearTest
{
    private static TimeSeries History(params (int Year, int Month, decimal Value)[] points) =>
        TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, Array.ConvertAll(points, p => Observation.Of(ReportingPeriod.YearToDate(p.Year, p.Month), p.Value)));

    [Fact]
    public void FromSeasonalPacing_AveragesPastShares()
    {
        // 2022: 1-6月 450 of 1000 (0.45); 2023: 1-6月 470 of 1000 (0.47): mean 0.46. 2024 1-6月 = 506 → 506 / 0.46 = 1100
        var s = History((2022, 6, 450m), (2022, 12, 1000m), (2023, 6, 470m), (2023, 12, 1000m), (2024, 6, 506m));

        var e = FullYear.FromSeasonalPacing(s, JanJun);

        Assert.Equal(1100m, e.Value);
        Assert.Equal(FullYearMethod.SeasonalPacing, e.Method);
        Assert.Equal([2022, 2023], e.HistoryYears);
        Assert.Contains("2022, 2023", e.Assumption, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSeasonalPacing_OneYear_EqualsLastYearPace()
    {
        // the vector's pace case as a series: 2200 of 4600 last year, 2400 this year → 5018.18
        var s = History((2023, 6, 2200m), (2023, 12, 4600m), (2024, 6, 2400m));
        // same to 20 decimals (ytd / (part / full) and ytd × full / part round differently in the last digit)
        Assert.Equal(Math.Round(FullYear.FromLastYearPace(JanJun, 2400m, 2200m, 4600m).Value, 20), Math.Round(FullYear.FromSeasonalPacing(s, JanJun).Value, 20));
    }

    [Fact]
    public void Estimate_WithHistory_UsesPacing_WithoutItTheRunRate()
    {
        Assert.Equal(FullYearMethod.SeasonalPacing, FullYear.Estimate(History((2023, 6, 2200m), (2023, 12, 4600m), (2024, 6, 2400m)), JanJun).Method);
        var runRate = FullYear.Estimate(History((2024, 6, 2400m)), JanJun);
        Assert.Equal(FullYearMethod.RunRate, runRate.Method);
        Assert.Equal(4800m, runRate.Value);
        Assert.Empty(runRate.HistoryYears);
    }

    [Fact]
    public void FromSeasonalPacing_NoCompletePastYear_SaysWhatIsMissing()
    {
        var ex = Assert.Throws<ArgumentException>(() => FullYear.FromSeasonalPacing(History((2023, 6, 1m), (2024, 6, 2m)), JanJun));
        Assert.Contains("1-12月", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_MissingValue_NamesThePeriod()
    {
        var ex = Assert.Throws<ArgumentException>(() => FullYear.Estimate(History((2023, 6, 1m)), JanJun));
        Assert.Contains("2024-01..06", ex.Message, StringComparison.Ordinal);
    }
}
