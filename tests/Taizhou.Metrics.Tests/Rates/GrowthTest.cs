using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Rates;

/// <summary>
/// Tests for <see cref="Growth"/>, split by concern: levels (<c>GrowthTest.Rate.cs</c>), year-on-year
/// (<c>GrowthTest.YearOnYear.cs</c>), period-on-period (<c>GrowthTest.PeriodOnPeriod.cs</c>), average and compound
/// growth (<c>GrowthTest.Average.cs</c>), laws with seeded random inputs (<c>GrowthTest.Properties.cs</c>) and the
/// reference vectors (<c>GrowthTest.Vectors.cs</c>).
/// </summary>
public partial class GrowthTest
{
    /// <summary>Tolerance for a rate computed in decimal and rounded once to double.</summary>
    private const double Exact = 1e-15;

    /// <summary>Tolerance for a rate that goes through Math.Pow / Math.Log on a double.</summary>
    private const double Tight = 1e-12;

    private static ReportingPeriod M(int year, int month) => ReportingPeriod.Month(year, month);

    private static ReportingPeriod Ytd(int year, int endMonth) => ReportingPeriod.YearToDate(year, endMonth);

    private static TimeSeries Series(SeriesKind kind, params (ReportingPeriod Period, decimal? Value)[] points) =>
        TimeSeries.Create(kind, MetricUnit.YiYuan, points.Select(p => new Observation(p.Period, p.Value)));

    /// <summary>A monthly flow series of consecutive months starting at <paramref name="year"/>-<paramref name="month"/>.</summary>
    private static TimeSeries Monthly(int year, int month, params decimal?[] values)
    {
        var periods = new List<ReportingPeriod>();
        var p = M(year, month);
        for (int i = 0; i < values.Length; i++)
        {
            periods.Add(p);
            p = p.Next();
        }

        return TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, periods, values);
    }

    private static void AssertUndefined(GrowthUndefinedReason expected, GrowthRate actual)
    {
        Assert.False(actual.IsDefined, $"Expected undefined ({expected}), got {actual}.");
        Assert.Equal(expected, actual.Reason);
    }

    private static void AssertRate(double expected, GrowthRate actual, double tolerance)
    {
        Assert.True(actual.IsDefined, $"Expected {expected}, got {actual}.");
        Assert.Equal(expected, actual.GetFraction(), tolerance);
    }

    private static GrowthRate RateFor(IReadOnlyList<PeriodGrowth> growths, ReportingPeriod period) =>
        growths.Single(g => g.Period == period).Rate;

    [Fact]
    public void Facade_NullSeries_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Growth.YearOnYear(null!));
        Assert.Throws<ArgumentNullException>(() => Growth.YearOnYear(null!, M(2018, 6)));
        Assert.Throws<ArgumentNullException>(() => Growth.PeriodOnPeriod(null!));
        Assert.Throws<ArgumentNullException>(() => Growth.Cagr(null!, M(2017, 6), M(2018, 6)));
        Assert.Throws<ArgumentNullException>(() => Growth.AverageAnnual(100m, null!, AverageGrowthMethod.Geometric));
    }
}
