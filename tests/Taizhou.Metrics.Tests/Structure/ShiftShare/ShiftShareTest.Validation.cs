using System;
using System.Collections.Generic;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>Argument validation: the exception names the argument, and the message names the industry (and period).</summary>
public partial class ShiftShareTest
{
    [Fact]
    public void Validation_LengthMismatch_NamesTheArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => ShiftShare.Dunn(Names, E0, E1, [1000.0], N1));
        Assert.Equal("referenceStart", ex.ParamName);
        Assert.Contains("Expected 2 levels", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Validation_NegativeOrNotFinite_NamesIndustryAndArgument(double bad)
    {
        var ex = Assert.Throws<ArgumentException>(() => ShiftShare.EstebanMarquillas(Names, E0, [120.0, bad], N0, N1));
        Assert.Equal("regionEnd", ex.ParamName);
        Assert.Contains("'machinery'", ex.Message, StringComparison.Ordinal);

        var ex2 = Assert.Throws<ArgumentException>(() => ShiftShare.Gerfin(Names, E0, E1, N0, [bad, 1300.0]));
        Assert.Equal("referenceEnd", ex2.ParamName);
        Assert.Contains("'textiles'", ex2.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_ZeroReferenceTotal_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ShiftShare.Dunn(E0, E1, [0.0, 0.0], N1));
        Assert.Equal("referenceStart", ex.ParamName);
    }

    [Fact]
    public void Validation_Names_EmptyBlankOrRepeated_Throw()
    {
        Assert.Equal("industries", Assert.Throws<ArgumentException>(() => ShiftShare.Dunn([], [], [], [], [])).ParamName);
        Assert.Equal("industries", Assert.Throws<ArgumentException>(() => ShiftShare.Dunn(["a", " "], E0, E1, N0, N1)).ParamName);
        var ex = Assert.Throws<ArgumentException>(() => ShiftShare.Dunn(["a", "a"], E0, E1, N0, N1));
        Assert.Contains("'a' appears twice", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ShiftShare.Dunn([], [], [], []));
    }

    [Fact]
    public void Validation_Nulls_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ShiftShare.Dunn(null!, E1, N0, N1));
        Assert.Throws<ArgumentNullException>(() => ShiftShare.Dunn(Names, E0, null!, N0, N1));
        Assert.Throws<ArgumentNullException>(() => ShiftShare.Dynamic(Names, null!, [E0, E1], [N0, N1]));
    }

    [Fact]
    public void Validation_Dynamic_PeriodsAndPath()
    {
        var y2000 = ReportingPeriod.CalendarYear(2000);
        var y2001 = ReportingPeriod.CalendarYear(2001);
        IReadOnlyList<IReadOnlyList<double>> region = [E0, E1];
        IReadOnlyList<IReadOnlyList<double>> reference = [N0, N1];

        Assert.Equal("periods", Assert.Throws<ArgumentException>(() => ShiftShare.Dynamic(Names, [y2000], [E0], [N0])).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentException>(() => ShiftShare.Dynamic(Names, [y2001, y2000], region, reference)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentException>(() => ShiftShare.Dynamic(Names, [y2000, ReportingPeriod.Quarter(2001, 1)], region, reference)).ParamName);
        Assert.Equal("region", Assert.Throws<ArgumentException>(() => ShiftShare.Dynamic(Names, [y2000, y2001], [E0], reference)).ParamName);
        Assert.Equal("reference", Assert.Throws<ArgumentException>(() => ShiftShare.Dynamic(Names, [y2000, y2001], region, [N0, N1, N1])).ParamName);

        var ex = Assert.Throws<ArgumentException>(() => ShiftShare.Dynamic(Names, [y2000, y2001], [E0, [120.0, -3.0]], reference));
        Assert.Equal("region", ex.ParamName);
        Assert.Contains("'machinery'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2001", ex.Message, StringComparison.Ordinal);

        var zero = Assert.Throws<ArgumentException>(() => ShiftShare.Dynamic(Names, [y2000, y2001], region, [[0.0, 0.0], N1]));
        Assert.Equal("reference", zero.ParamName);

        // A zero reference total at the end of the path starts no step, so it is allowed.
        Assert.Equal(-150.0, ShiftShare.Dynamic(Names, [y2000, y2001], region, [N0, [0.0, 0.0]]).Total.NationalShare, Tight);
    }
}
