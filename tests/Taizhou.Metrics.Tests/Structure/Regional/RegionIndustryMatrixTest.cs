using System;
using System.Collections.Generic;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>Tests for <see cref="RegionIndustryMatrix"/>: totals, accessors and validation at construction.</summary>
public class RegionIndustryMatrixTest
{
    private static RegionIndustryMatrix Sample() => RegionIndustryMatrix.FromRows(
        ["椒江", "黃岩", "路橋"],
        ["汽車", "模具"],
        [[10, 20], [30, 0], [5, 5]]);

    [Fact]
    public void Totals_AreRowColumnAndGrandSums()
    {
        var m = Sample();

        Assert.Equal(30.0, m.RegionTotal(0));
        Assert.Equal(30.0, m.RegionTotal(1));
        Assert.Equal(10.0, m.RegionTotal(2));
        Assert.Equal(45.0, m.IndustryTotal(0));
        Assert.Equal(25.0, m.IndustryTotal(1));
        Assert.Equal(70.0, m.Total);
    }

    [Fact]
    public void Accessors_ReturnRowsColumnsAndCells()
    {
        var m = Sample();

        Assert.Equal(30.0, m[1, 0]);
        Assert.Equal([30.0, 0.0], m.RegionValues(1));
        Assert.Equal([20.0, 0.0, 5.0], m.IndustryValues(1));
        Assert.Equal(["椒江", "黃岩", "路橋"], m.Regions);
        Assert.Equal(["汽車", "模具"], m.Industries);
        Assert.Equal("3 regions × 2 industries", m.ToString());
    }

    [Fact]
    public void Accessors_IndexOutOfRange_Throws()
    {
        var m = Sample();

        Assert.Throws<ArgumentOutOfRangeException>(() => m[3, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => m[0, -1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => m.RegionTotal(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.IndustryValues(2));
    }

    [Fact]
    public void FromRows_CopiesItsInput()
    {
        double[] row = [1, 2];
        var m = RegionIndustryMatrix.FromRows(["a"], ["x", "y"], [row]);
        row[0] = 100;

        Assert.Equal(1.0, m[0, 0]);
        Assert.Equal(3.0, m.Total);
    }

    [Fact]
    public void FromRows_NegativeOrNaN_Throws_NamingRegionAndIndustry()
    {
        var ex = Assert.Throws<ArgumentException>(() => RegionIndustryMatrix.FromRows(["椒江", "黃岩"], ["汽車", "模具"], [[1, 2], [3, -4]]));
        Assert.Equal("rows", ex.ParamName);
        Assert.Contains("'模具'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'黃岩'", ex.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => RegionIndustryMatrix.FromRows(["a"], ["x"], [[double.NaN]]));
    }

    [Fact]
    public void FromRows_ShapeMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => RegionIndustryMatrix.FromRows(["a", "b"], ["x"], [[1]]));
        var ex = Assert.Throws<ArgumentException>(() => RegionIndustryMatrix.FromRows(["a", "b"], ["x"], [[1], [1, 2]]));
        Assert.Contains("'b'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => RegionIndustryMatrix.FromRows(["a"], ["x"], [null!]));
    }

    [Fact]
    public void FromRows_BadNames_Throw()
    {
        Assert.Throws<ArgumentException>(() => RegionIndustryMatrix.FromRows([], ["x"], Array.Empty<IReadOnlyList<double>>()));
        Assert.Throws<ArgumentException>(() => RegionIndustryMatrix.FromRows(["a"], [], [Array.Empty<double>()]));
        var duplicate = Assert.Throws<ArgumentException>(() => RegionIndustryMatrix.FromRows(["a", "a"], ["x"], [[1], [2]]));
        Assert.Contains("'a'", duplicate.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RegionIndustryMatrix.FromRows(["a"], [""], [[1]]));
    }
}
