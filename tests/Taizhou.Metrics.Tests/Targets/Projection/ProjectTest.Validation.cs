using System;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;
using Xunit;
using static Taizhou.Metrics.Tests.Targets.AnnualSeries;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary>Bad input: each error names what is wrong or missing.</summary>
public partial class ProjectTest
{
    private static TimeSeries WithGap() => TimeSeries.FromValues(
        SeriesKind.Flow,
        MetricUnit.YiYuan,
        [Year(2012), Year(2013), Year(2014), Year(2016), Year(2017), Year(2018)],
        [100m, 110m, 120m, 140m, 150m, 160m]);

    private static TimeSeries WithMissingValue() => TimeSeries.FromValues(
        SeriesKind.Flow,
        MetricUnit.YiYuan,
        [Year(2012), Year(2013), Year(2014), Year(2015), Year(2016), Year(2017), Year(2018)],
        [100m, 110m, 120m, null, 140m, 150m, 160m]);

    [Fact]
    public void AllMethods_HorizonBeforeTheData_NamesBothPeriods()
    {
        var series = Annual(2014, 100m, 110m, 120m, 130m, 140m);
        foreach (var project in new Func<ReportingPeriod, Projection>[]
        {
            h => Project.ConstantGrowth(series, h),
            h => Project.LogLinear(series, h),
            h => Project.Holt(series, h),
        })
        {
            var ex = Assert.Throws<ArgumentException>(() => project(Year(2015)));
            Assert.Equal("horizon", ex.ParamName);
            Assert.Contains("2015", ex.Message, StringComparison.Ordinal);
            Assert.Contains("2018", ex.Message, StringComparison.Ordinal);

            Assert.Throws<ArgumentException>(() => project(Year(2018))); // the last actual period is not a projection
        }
    }

    [Fact]
    public void Horizon_OfAnotherKind_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Project.LogLinear(Annual(2014, 100m, 110m, 120m), ReportingPeriod.Quarter(2019, 4)));
        Assert.Equal("horizon", ex.ParamName);
        Assert.Contains("2019Q4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LogLinear_TwoPoints_SaysItNeedsThree()
    {
        var ex = Assert.Throws<ArgumentException>(() => Project.LogLinear(Annual(2017, 100m, 110m), Year(2020)));
        Assert.Contains("at least 3", ex.Message, StringComparison.Ordinal);
        Assert.Equal("series", ex.ParamName);
    }

    [Fact]
    public void HoltFitted_FourPoints_SaysItNeedsFive_AndDampedSix()
    {
        var four = Annual(2015, 100m, 110m, 120m, 130m);
        var ex = Assert.Throws<ArgumentException>(() => Project.Holt(four, Year(2020)));
        Assert.Contains("at least 5", ex.Message, StringComparison.Ordinal);

        var five = Annual(2014, 100m, 110m, 120m, 130m, 140m);
        ex = Assert.Throws<ArgumentException>(() => Project.Holt(five, Year(2020), damped: true));
        Assert.Contains("at least 6", ex.Message, StringComparison.Ordinal);

        // Given parameters need only one observation.
        Assert.Single(Project.Holt(Annual(2018, 100m), Year(2019), HoltParameters.Of(0.5, 0.5, 90, 10)).Path);
    }

    [Fact]
    public void ConstantGrowth_KYearsNeedKPlusOnePoints()
    {
        var ex = Assert.Throws<ArgumentException>(() => Project.ConstantGrowth(Annual(2016, 100m, 110m, 120m), Year(2020), ConstantGrowthBasis.AverageOfLast(3)));
        Assert.Contains("at least 4", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<ArgumentException>(() => Project.ConstantGrowth(Annual(2018, 100m), Year(2020)));
        Assert.Contains("at least 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AbsentPeriod_IsNamed()
    {
        foreach (var project in new Func<Projection>[]
        {
            () => Project.LogLinear(WithGap(), Year(2020)),
            () => Project.Holt(WithGap(), Year(2020)),
            () => Project.ConstantGrowth(WithGap(), Year(2020), ConstantGrowthBasis.AverageOfLast(3)),
        })
        {
            var ex = Assert.Throws<ArgumentException>(project);
            Assert.Contains("2015", ex.Message, StringComparison.Ordinal);
            Assert.Equal("series", ex.ParamName);
        }

        // Constant growth over two years needs only 2016..2018.
        Assert.Equal(2, Project.ConstantGrowth(WithGap(), Year(2020), ConstantGrowthBasis.AverageOfLast(2)).Path.Length);
    }

    [Fact]
    public void MissingValue_IsNamed()
    {
        var ex = Assert.Throws<ArgumentException>(() => Project.LogLinear(WithMissingValue(), Year(2020)));
        Assert.Contains("2015", ex.Message, StringComparison.Ordinal);
        Assert.Contains("missing", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<ArgumentException>(() => Project.Holt(WithMissingValue(), Year(2020), HoltParameters.Of(0.5, 0.5, 90, 10)));
        Assert.Contains("2015", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingValuesAtTheEnds_AreIgnored()
    {
        var series = TimeSeries.FromValues(
            SeriesKind.Flow,
            MetricUnit.YiYuan,
            [Year(2013), Year(2014), Year(2015), Year(2016), Year(2017), Year(2018)],
            [null, 100m, 110m, 121m, 133.1m, null]);

        var projection = Project.LogLinear(series, Year(2019));

        Assert.Equal(Year(2017), projection.LastActualPeriod);
        Assert.Equal(133.1m, projection.LastActualValue);
        Assert.Equal([Year(2018), Year(2019)], projection.Path.Select(p => p.Period));
        Assert.Equal(4, projection.Fit.Observations);
        AssertClose(0.1, projection.Parameter("growth"), 1e-12, "growth");
    }

    [Fact]
    public void NonPositiveValue_ForLogMethods_IsNamed()
    {
        var series = Annual(2014, 100m, 110m, 0m, 130m, 140m);
        var ex = Assert.Throws<ArgumentException>(() => Project.LogLinear(series, Year(2020)));
        Assert.Contains("2016", ex.Message, StringComparison.Ordinal);
        Assert.Equal("series", ex.ParamName);

        ex = Assert.Throws<ArgumentException>(() => Project.ConstantGrowth(Annual(2016, -3m, 130m, 140m), Year(2020), ConstantGrowthBasis.AverageOfLast(2)));
        Assert.Contains("2016", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CumulativeSeries_IsRejected()
    {
        var ytd = TimeSeries.FromValues(
            SeriesKind.Cumulative,
            MetricUnit.YiYuan,
            [ReportingPeriod.YearToDate(2018, 2), ReportingPeriod.YearToDate(2018, 3), ReportingPeriod.YearToDate(2018, 4)],
            [100m, 160m, 220m]);

        var ex = Assert.Throws<ArgumentException>(() => Project.LogLinear(ytd, ReportingPeriod.YearToDate(2018, 6)));
        Assert.Contains("YearToDate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyOrNullSeries_Throws()
    {
        var empty = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [Year(2018)], [null]);
        Assert.Throws<ArgumentException>(() => Project.LogLinear(empty, Year(2020)));
        Assert.Throws<ArgumentNullException>(() => Project.Holt(null!, Year(2020)));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void Confidence_OutsideZeroToOne_Throws(double confidence)
    {
        var series = Annual(2014, 100m, 110m, 120m, 130m, 140m);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => Project.LogLinear(series, Year(2020), confidence)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => Project.Holt(series, Year(2020), confidence: confidence)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => Project.ConstantGrowth(series, Year(2020), confidence: confidence)).ParamName);
    }

    [Fact]
    public void QuarterlySeries_ProjectsConsecutiveQuarters()
    {
        var quarters = new[] { ReportingPeriod.Quarter(2017, 3), ReportingPeriod.Quarter(2017, 4), ReportingPeriod.Quarter(2018, 1), ReportingPeriod.Quarter(2018, 2) };
        var series = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, quarters, [100m, 102m, 104.04m, 106.1208m]);

        var projection = Project.LogLinear(series, ReportingPeriod.Quarter(2019, 1));

        Assert.Equal([ReportingPeriod.Quarter(2018, 3), ReportingPeriod.Quarter(2018, 4), ReportingPeriod.Quarter(2019, 1)], projection.Path.Select(p => p.Period));
        AssertClose(0.02, projection.Parameter("growth"), 1e-12, "quarterly growth");
        Assert.Equal(ReportingPeriod.Quarter(2019, 1), projection.Horizon);
        AssertClose(100 * Math.Pow(1.02, 6), projection.Path[^1].Estimate, 1e-9, "2019Q1 (six quarters after 2017Q3)");
    }

    [Fact]
    public void MonthlySeries_CrossesTheYearEnd()
    {
        var months = new[] { ReportingPeriod.Month(2018, 10), ReportingPeriod.Month(2018, 11), ReportingPeriod.Month(2018, 12) };
        var series = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, months, [10m, 11m, 12.1m]);

        var projection = Project.ConstantGrowth(series, ReportingPeriod.Month(2019, 2));

        Assert.Equal([ReportingPeriod.Month(2019, 1), ReportingPeriod.Month(2019, 2)], projection.Path.Select(p => p.Period));
        AssertClose(14.641, projection.Path[1].Estimate, 1e-9, "2019-02");
    }

    [Fact]
    public void MonthlySeriesOpeningWithJanuaryFebruary_WorksForConstantGrowthOnly()
    {
        // Chinese monthly flows open with a combined 1-2月 span: constant growth over the last months does not need it,
        // a trend over every period does, and says which periods are mixed.
        var periods = new[] { ReportingPeriod.JanuaryFebruary(2018), ReportingPeriod.Month(2018, 3), ReportingPeriod.Month(2018, 4), ReportingPeriod.Month(2018, 5) };
        var series = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, periods, [200m, 100m, 105m, 110.25m]);

        var projection = Project.ConstantGrowth(series, ReportingPeriod.Month(2018, 6), ConstantGrowthBasis.AverageOfLast(2));
        AssertClose(115.7625, projection.Path[0].Estimate, 1e-9, "2018-06");

        var ex = Assert.Throws<ArgumentException>(() => Project.LogLinear(series, ReportingPeriod.Month(2018, 6)));
        Assert.Contains("MonthSpan", ex.Message, StringComparison.Ordinal);
    }
}
