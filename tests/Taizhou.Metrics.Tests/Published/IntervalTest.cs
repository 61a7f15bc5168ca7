using System;
using Taizhou.Metrics.Published;
using Xunit;

namespace Taizhou.Metrics.Tests.Published;

public class IntervalTest
{
    [Fact]
    public void DistanceTo_IsZeroWhenIntersecting_AndTheGapOtherwise()
    {
        var a = Interval.Between(1.0, 2.0);
        Assert.Equal(0.0, a.DistanceTo(Interval.Between(2.0, 3.0)));
        Assert.Equal(0.5, a.DistanceTo(Interval.Between(2.5, 3.0)), 15);
        Assert.Equal(0.5, Interval.Between(2.5, 3.0).DistanceTo(a), 15);
        Assert.True(a.Intersects(Interval.Exactly(1.5)));
        Assert.False(a.Intersects(Interval.Exactly(2.1)));
    }

    [Fact]
    public void Between_WrongOrderOrNotFinite_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Interval.Between(2.0, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Interval.Between(double.NaN, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Interval.Between(0.0, double.PositiveInfinity));
    }

    [Fact]
    public void WidthAndMidpoint()
    {
        var a = Interval.Between(822.30, 822.96);
        Assert.Equal(0.66, a.Width, 10);
        Assert.Equal(822.63, a.Midpoint, 10);
        Assert.Equal("[822.3, 822.96]", a.ToString());
    }
}
