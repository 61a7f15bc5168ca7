using System;
using System.Linq;
using NodaTime;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Enterprises;

/// <summary>Tests for <see cref="Enterprise"/>: yearly values from yearly, monthly and cumulative series; units; age.</summary>
public class EnterpriseTest
{
    private static readonly IndustryCode Parts = IndustryCode.Parse("3670");

    [Fact]
    public void MonthlyOutput_IsSummedToTheYear_AndAYearWithAMissingMonthHasNoValue()
    {
        // 2020: twelve months of 10 萬元 = 120 萬元; 2021: only eleven months, so missing (never a partial sum).
        var months = Enumerable.Range(1, 12).Select(m => Observation.Of(ReportingPeriod.Month(2020, m), 10m))
            .Concat(Enumerable.Range(1, 11).Select(m => Observation.Of(ReportingPeriod.Month(2021, m), 10m)));
        var firm = new Enterprise("m", "monthly", Parts, "路橋區", new LocalDate(2015, 1, 1), TimeSeries.Create(SeriesKind.Flow, MetricUnit.WanYuan, months));

        Assert.Equal(120m, firm.ValueIn(EnterpriseMeasure.Output, 2020));
        Assert.Equal(Amount.FromWanYuan(120m), firm.AmountIn(EnterpriseMeasure.Output, 2020));
        Assert.Null(firm.ValueIn(EnterpriseMeasure.Output, 2021));
        Assert.Null(firm.ValueIn(EnterpriseMeasure.Revenue, 2020));
    }

    [Fact]
    public void CumulativeOutput_TakesDecember()
    {
        var ytd = Enumerable.Range(1, 12).Select(m => Observation.Of(ReportingPeriod.YearToDate(2020, m), 10m * m));
        var firm = new Enterprise("c", "cumulative", Parts, "路橋區", new LocalDate(2015, 1, 1), TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.WanYuan, ytd));

        Assert.Equal(120m, firm.ValueIn(EnterpriseMeasure.Output, 2020));
    }

    [Fact]
    public void Units_AreChecked()
    {
        var count = Firms.Yearly(MetricUnit.Count, SeriesKind.Stock, (2020, 5m));
        var money = Firms.Yearly(MetricUnit.WanYuan, SeriesKind.Flow, (2020, 5m));

        Assert.Throws<ArgumentException>(() => new Enterprise("a", "a", Parts, "x", new LocalDate(2000, 1, 1), count));
        Assert.Throws<ArgumentException>(() => new Enterprise("a", "a", Parts, "x", new LocalDate(2000, 1, 1), money, revenue: count));
        Assert.Throws<ArgumentException>(() => new Enterprise("a", "a", Parts, "x", new LocalDate(2000, 1, 1), money, employees: money));
        Assert.Throws<ArgumentOutOfRangeException>(() => Firms.Output("a", 2020, 1m).AmountIn(EnterpriseMeasure.Employees, 2020));
    }

    [Fact]
    public void Age_IsWholeYearsToTheYearEnd()
    {
        var firm = new Enterprise("a", "a", Parts, "x", new LocalDate(2016, 12, 31), Firms.Yearly(MetricUnit.YiYuan, SeriesKind.Flow));

        Assert.Equal(5, firm.AgeAtEndOf(2021));
        Assert.Equal(0, firm.AgeAtEndOf(2016));
    }
}
