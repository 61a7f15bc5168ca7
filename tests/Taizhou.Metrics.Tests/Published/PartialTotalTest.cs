using System;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Xunit;

namespace Taizhou.Metrics.Tests.Published;

public class PartialTotalTest
{
    /// <summary>The seven clusters' output as published after 2018 (OUTCOMES.md), qualifiers as printed, in 亿元.</summary>
    internal static TotalComponent[] SevenClusters() =>
    [
        TotalComponent.Reported("auto", ReportingPeriod.CalendarYear(2019), PublishedValue.ParseQualified("超1100亿", out _)),
        TotalComponent.Missing("aviation"),
        TotalComponent.Reported("moulds", ReportingPeriod.CalendarYear(2021), PublishedValue.ParseQualified("约200亿", out _)),
        TotalComponent.Reported("pharma", ReportingPeriod.CalendarYear(2021), PublishedValue.ParseQualified("超600亿", out _)),
        TotalComponent.Missing("toilets"),
        TotalComponent.Reported("sewing", ReportingPeriod.CalendarYear(2019), PublishedValue.ParseQualified("超200亿", out _)),
        TotalComponent.Reported("pumps", ReportingPeriod.CalendarYear(2020), PublishedValue.ParseQualified("约550亿", out _)),
    ];

    [Fact]
    public void SevenClusters2021_IsALowerBoundNamingTheMissingClustersAndTheYears()
    {
        var total = PartialTotal.Of(SevenClusters());

        // Hand calculation, default tolerances (over: no ceiling; about: ±5 %):
        // 1100 (open) + 600 (open) + 200 (open) + 200 × 0.95 = 190 + 550 × 0.95 = 522.5 → lower end 2612.5, open;
        // two clusters missing → no upper end.
        Assert.Equal(2612.5, total.Range.Lower, 1e-9);
        Assert.True(total.Range.LowerOpen);
        Assert.False(total.Range.IsBoundedAbove);
        Assert.True(total.IsLowerBoundOnly);
        Assert.False(total.IsComplete);
        Assert.Equal(["aviation", "toilets"], total.Missing.ToArray());
        Assert.Equal(2650m, total.PrintedSum); // 1100 + 200 + 600 + 200 + 550
        Assert.Equal([2019, 2020, 2021], total.Periods.Select(p => p.Year).ToArray());
        Assert.True(total.PeriodsDiffer);
        Assert.Null(total.Qualifier);
        Assert.Equal("over 2612.5 (from 5 of 7 parts, 2019-2021; missing: aviation, toilets)", total.ToString());
    }

    [Fact]
    public void AllOver_IsOverTheSum()
    {
        var y = ReportingPeriod.CalendarYear(2021);
        var total = PartialTotal.Of([
            TotalComponent.Reported("a", y, PublishedValue.Of(1100m, FigureQualifier.Over)),
            TotalComponent.Reported("b", y, PublishedValue.Of(600m, FigureQualifier.Over)),
        ]);

        Assert.Equal(FigureQualifier.Over, total.Qualifier);
        Assert.Equal(FigureRange.Above(1700), total.Range);
        Assert.Equal("over 1700 (from 2 of 2 parts, 2021)", total.ToString());
    }

    [Fact]
    public void AllAbout_IsAboutTheSumWithTheTolerancesAdded()
    {
        // 约200 + 约550: [190 + 522.5, 210 + 577.5] = [712.5, 787.5].
        var y = ReportingPeriod.CalendarYear(2021);
        var total = PartialTotal.Of([
            TotalComponent.Reported("a", y, PublishedValue.Of(200m, FigureQualifier.About)),
            TotalComponent.Reported("b", y, PublishedValue.Of(550m, FigureQualifier.About)),
        ]);

        Assert.Equal(FigureQualifier.About, total.Qualifier);
        Assert.Equal(712.5, total.Range.Lower, 1e-9);
        Assert.Equal(787.5, total.Range.Upper, 1e-9);
        Assert.False(total.IsLowerBoundOnly);
    }

    [Fact]
    public void DuplicateNames_Throw() =>
        Assert.Throws<ArgumentException>(() => PartialTotal.Of([TotalComponent.Missing("a"), TotalComponent.Missing("a")]));

    [Fact]
    public void NoParts_Throws() =>
        Assert.Throws<ArgumentException>(() => PartialTotal.Of([]));
}
