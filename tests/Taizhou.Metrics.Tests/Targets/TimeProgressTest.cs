using System;
using NodaTime;
using Taizhou.Metrics.Targets;
using Xunit;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary>时间进度 by months and by days; expected values are the exact ratios, computed by hand.</summary>
public class TimeProgressTest
{
    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(4, 1.0 / 3.0)]     // 1-4月
    [InlineData(6, 0.5)]           // 1-6月
    [InlineData(10, 10.0 / 12.0)]  // 1-10月: 83.33 %
    [InlineData(12, 1.0)]
    public void ByMonths_IsMonthsOverTwelve(int months, double expected) =>
        Assert.Equal(expected, TimeProgress.ByMonths(months));

    [Theory]
    [InlineData(-1)]
    [InlineData(13)]
    public void ByMonths_OutsideTheYear_ThrowsNamingTheMonths(int months) =>
        Assert.Equal("monthsElapsed", Assert.Throws<ArgumentOutOfRangeException>(() => TimeProgress.ByMonths(months)).ParamName);

    [Fact]
    public void ByDays_LeapDay2024_Is60Of366()
    {
        // 31 days of January + 29 of February = 60 of the 366 days of 2024: 16.39 %
        Assert.Equal(60.0 / 366.0, TimeProgress.ByDays(new LocalDate(2024, 2, 29)));
        Assert.Equal(61.0 / 366.0, TimeProgress.ByDays(new LocalDate(2024, 3, 1)));
    }

    [Fact]
    public void ByDays_CommonYear_CountsTheDateItself()
    {
        Assert.Equal(59.0 / 365.0, TimeProgress.ByDays(new LocalDate(2023, 2, 28)));   // 31 + 28
        Assert.Equal(181.0 / 365.0, TimeProgress.ByDays(new LocalDate(2025, 6, 30)));  // 截至6月30日: 49.59 %
        Assert.Equal(1.0 / 365.0, TimeProgress.ByDays(new LocalDate(2025, 1, 1)));
        Assert.Equal(1.0, TimeProgress.ByDays(new LocalDate(2024, 12, 31)));
        Assert.Equal(1.0, TimeProgress.ByDays(new LocalDate(2023, 12, 31)));
    }
}
