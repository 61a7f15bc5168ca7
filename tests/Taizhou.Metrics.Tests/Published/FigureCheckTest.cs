using Taizhou.Metrics.Published;
using Xunit;

namespace Taizhou.Metrics.Tests.Published;

/// <summary>A printed figure against the same figure derived from others, within the rounding of both (hand-made figures).</summary>
public class FigureCheckTest
{
    [Fact]
    public void OfPercent_ScalesOnTheDecimalForm_SoATouchingBoundDoesNotBreak()
    {
        // Printed 1.4 stands for [1.35, 1.45]; a derived 0.0145 is 1.45 exactly. In a double 0.0145 × 100 is
        // 1.4500000000000002, which would "break" by 2e-16: the scaling is done on the figure, not the binary value.
        var check = FigureCheck.OfPercent(PublishedValue.Of(1.4m), new BoundedEstimate(0.015, Interval.Between(0.0145, 0.0155)));

        Assert.Equal(1.45, check.Derived.Bounds.Lower);
        Assert.Equal(1.5, check.Derived.Estimate);
        Assert.False(check.IsBroken);
    }

    [Fact]
    public void Of_DisjointIntervals_BreakByTheGap()
    {
        // Printed 10.0 stands for [9.95, 10.05]; derived [10.25, 10.75]: the gap is 10.25 − 10.05 = 0.2
        var check = FigureCheck.Of(PublishedValue.Of(10.0m), new BoundedEstimate(10.5, Interval.Between(10.25, 10.75)));

        Assert.True(check.IsBroken);
        Assert.Equal(0.2, check.Break, 12);
        Assert.Equal(9.95, check.Printed.Bounds.Lower);
        Assert.Equal("printed 10.0 [9.95, 10.05], derived 10.5 [10.25, 10.75], breaks by 0.2", check.ToString());
    }

    [Fact]
    public void Of_UnboundedDerived_NeverBreaks()
    {
        var check = FigureCheck.Of(PublishedValue.Of(10.0m), BoundedEstimate.Unbounded(1e6));

        Assert.False(check.IsBroken);
        Assert.Equal("printed 10.0 [9.95, 10.05], derived 1E+06 (unbounded), consistent", check.ToString());
    }
}
