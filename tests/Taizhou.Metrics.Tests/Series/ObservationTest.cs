using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Xunit;

namespace Taizhou.Metrics.Tests.Series;

/// <summary>Tests of <see cref="Observation"/>: a missing value is explicit, never zero.</summary>
public class ObservationTest
{
    [Fact]
    public void Of_HasValue()
    {
        var o = Observation.Of(ReportingPeriod.YearToDate(2018, 6), 529.0m);
        Assert.False(o.IsMissing);
        Assert.Equal(529.0m, o.GetValueOrThrow());
    }

    [Fact]
    public void Missing_IsNotZero()
    {
        var o = Observation.Missing(ReportingPeriod.Month(2018, 3));
        Assert.True(o.IsMissing);
        Assert.Null(o.Value);
        Assert.NotEqual(Observation.Of(ReportingPeriod.Month(2018, 3), 0m), o);
    }

    [Fact]
    public void GetValueOrThrow_Missing_NamesPeriod()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Observation.Missing(ReportingPeriod.Month(2018, 3)).GetValueOrThrow());
        Assert.Contains("2018-03", ex.Message, StringComparison.Ordinal);
    }
}
