using System;
using Taizhou.Metrics.Published;
using Xunit;

namespace Taizhou.Metrics.Tests.Published;

/// <summary>
/// Quantities implied by published figures. Seed bounds from ../shared/seed/FIGURES.md ("Derived"): base 822.30 to
/// 822.96, city total 2396.9 to 2430.6; the rest computed by hand in the comments.
/// </summary>
public class ImpliedTest
{
    private static readonly PublishedValue Output = PublishedValue.Of(1042.27m);
    private static readonly PublishedValue Growth = PublishedValue.Of(26.7m);
    private static readonly PublishedValue Pull = PublishedValue.Of(9.1m);

    [Fact]
    public void Base_Seed_Is822_63Within822_30And822_96()
    {
        var b = Implied.Base(Output, Growth);

        Assert.Equal(822.6283, b.Estimate, 4);                  // 1042.27 / 1.267
        Assert.Equal(822.30, b.Bounds.Lower, 2);                 // 1042.265 / 1.2675 = 822.3001
        Assert.Equal(822.96, b.Bounds.Upper, 2);                 // 1042.275 / 1.2665 = 822.9570
    }

    [Fact]
    public void Increase_Seed_Is219_64Within219_32And219_97()
    {
        var d = Implied.Increase(Output, Growth);

        Assert.Equal(219.6417, d.Estimate, 4);                   // 1042.27 × 0.267 / 1.267
        Assert.Equal(1042.265 * 0.2665 / 1.2665, d.Bounds.Lower, 9);
        Assert.Equal(1042.275 * 0.2675 / 1.2675, d.Bounds.Upper, 9);
    }

    [Fact]
    public void BaseTotal_Seed_Is2413_6Within2396_9And2430_6()
    {
        var t = Implied.BaseTotal(Output, Growth, Pull);

        Assert.Equal(2413.6, Math.Round(t.Estimate, 1));
        Assert.Equal(2396.9, Math.Round(t.Bounds.Lower, 1));     // 219.3233 / 0.0915
        Assert.Equal(2430.6, Math.Round(t.Bounds.Upper, 1));     // 219.9657 / 0.0905
    }

    [Fact]
    public void PreviousShare_AndRestGrowth_MatchHandCalculation()
    {
        // Total 200.0 at +10.0 %, part 60.0 at +20.0 %: bases 181.818 and 50; previous share 50 / 181.818 = 0.275;
        // rest: 140 / (181.818 − 50) − 1 = 140 / 131.818 − 1 = 0.062069
        var total = PublishedValue.Of(200.0m);
        var totalGrowth = PublishedValue.Of(10.0m);
        var part = PublishedValue.Of(60.0m);
        var partGrowth = PublishedValue.Of(20.0m);

        Assert.Equal(0.275, Implied.PreviousShare(part, partGrowth, total, totalGrowth).Estimate, 12);
        var rest = Implied.RestGrowth(total, totalGrowth, part, partGrowth);
        Assert.Equal((140.0 / ((200.0 / 1.1) - 50.0)) - 1.0, rest.Estimate, 12);
        Assert.True(rest.Bounds.Contains(rest.Estimate));
        Assert.True(rest.Bounds.Width > 0.0);
    }

    [Fact]
    public void Evaluate_CornersGiveTheExactRangeOfAMonotoneFormula()
    {
        // x / y with x = 10 ± 0.5, y = 4 ± 0.5: [9.5 / 4.5, 10.5 / 3.5]
        var r = Implied.Evaluate(static v => v[0] / v[1], PublishedValue.Of(10m), PublishedValue.Of(4m));
        Assert.Equal(2.5, r.Estimate);
        Assert.Equal(9.5 / 4.5, r.Bounds.Lower, 15);
        Assert.Equal(10.5 / 3.5, r.Bounds.Upper, 15);
    }

    [Fact]
    public void Evaluate_UndefinedWithinTheRounding_Throws()
    {
        // 1 / y with y = 0.4, which may be anything in [0.35, 0.45]: defined; y = 0 is not
        Assert.Throws<ArgumentException>(() => Implied.Evaluate(static v => 1.0 / v[0], PublishedValue.Of(0m)));
        Assert.Throws<ArgumentException>(() => Implied.BaseTotal(Output, Growth, PublishedValue.Of(0.0m)));
    }

    [Fact]
    public void RestGrowth_RestBaseCanReachZeroWithinTheRounding_IsUnbounded()
    {
        // X = 100.0, G = 10.0 %, x = 99.8, g = 9.8 %: the rest's base X/(1+G) − x/(1+g) is 0.0159 as printed, but over the
        // rounding box X/(1+G) ∈ [99.95/1.1005, 100.05/1.0995] = [90.823, 90.996] and x/(1+g) ∈ [99.75/1.0985,
        // 99.85/1.0975] = [90.806, 90.979], so it ranges over [−0.156, 0.190] and passes through zero. The corners alone
        // gave [−4.03, 11.19].
        var rest = Implied.RestGrowth(PublishedValue.Parse("100.0"), PublishedValue.Parse("10.0"), PublishedValue.Parse("99.8"), PublishedValue.Parse("9.8"));

        Assert.True(rest.IsUnbounded);
        Assert.Equal((0.2 / ((100.0 / 1.1) - (99.8 / 1.098))) - 1.0, rest.Estimate, 1e-9);
        var ex = Assert.Throws<InvalidOperationException>(() => rest.GetBounds());
        Assert.Contains("unbounded", ex.Message, StringComparison.Ordinal);

        // The property does not throw: every value is possible.
        Assert.Equal(Interval.Between(double.MinValue, double.MaxValue), rest.Bounds);
        Assert.True(rest.Bounds.Contains(-1e300) && rest.Bounds.Contains(1e300));
        Assert.False(rest.TryGetBounds(out _));
        Assert.EndsWith("(unbounded)", rest.ToString("F2"), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WithoutDenominators_FindsThePoleFromInsideTheBox()
    {
        // The same formula passed as a black box: its corners are finite, but points inside the box leave their range.
        var rest = Implied.Evaluate(
            static x => ((x[0] - x[2]) / ((x[0] / (1.0 + (x[1] / 100.0))) - (x[2] / (1.0 + (x[3] / 100.0))))) - 1.0,
            PublishedValue.Parse("100.0"),
            PublishedValue.Parse("10.0"),
            PublishedValue.Parse("99.8"),
            PublishedValue.Parse("9.8"));
        Assert.True(rest.IsUnbounded);
    }

    [Fact]
    public void Evaluate_DenominatorRangeIncludesZero_IsUnbounded_OtherwiseBounded()
    {
        // 1 / (y − 0.98) with y = 1.0 ± 0.05: the denominator ranges over [−0.03, 0.07]; as printed it is 0.02 (estimate 50).
        var across = Implied.Evaluate(static v => 1.0 / (v[0] - 0.98), [static v => v[0] - 0.98], PublishedValue.Parse("1.0"));
        Assert.True(across.IsUnbounded);
        Assert.Equal(50.0, across.Estimate, 1e-9);

        // 1 / (y − 0.9) with y = 1.0 ± 0.05: the denominator stays in [0.05, 0.15]; bounds [1 / 0.15, 1 / 0.05].
        var clear = Implied.Evaluate(static v => 1.0 / (v[0] - 0.9), [static v => v[0] - 0.9], PublishedValue.Parse("1.0"));
        Assert.False(clear.IsUnbounded);
        Assert.Equal(1.0 / 0.15, clear.Bounds.Lower, 1e-9);
        Assert.Equal(1.0 / 0.05, clear.Bounds.Upper, 1e-9);
    }

    [Fact]
    public void Evaluate_FormulaNotMonotoneInTheBox_IsUnboundedRatherThanUnderstated()
    {
        // (y − 1.02)² with y = 1.0 ± 0.05: the corners give 0.0049 and 0.0009, the figure as printed 0.0004, but the
        // minimum 0 is at y = 1.02 inside the box; the corners do not bound it.
        Assert.True(Implied.Evaluate(static v => Math.Pow(v[0] - 1.02, 2), PublishedValue.Parse("1.0")).IsUnbounded);
    }
}
