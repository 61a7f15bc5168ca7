using System;
using System.IO;
using System.Text;
using Taizhou.Metrics.IO.Tests.Excel;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Tables;

/// <summary>
/// <see cref="RegionalReader"/>: the long table (one row per region and industry) becomes complete matrices in the order
/// of first appearance; the reference's rows are set apart; nothing missing is ever filled in.
/// </summary>
public class RegionalReaderTest
{
    private static RegionalTable Read(string text, string? reference = null, TableReadOptions? options = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return RegionalReader.Read(stream, "t.csv", reference, options);
    }

    private static InputFormatException Refused(string text, string? reference = null) =>
        Assert.Throws<InputFormatException>(() => Read(text, reference));

    [Fact]
    public void Read_ChineseHeaders_GiveTheMatrixInTheOrderOfFirstAppearance()
    {
        // Rows in any order: the regions come as 椒江, 黄岩; the industries as 化工, 汽车.
        var table = Read("地区,行业,数值,基期\n椒江,化工,30,25\n黄岩,汽车,12,10\n椒江,汽车,5,4\n黄岩,化工,0,1\n");

        Assert.Equal(["椒江", "黄岩"], table.Levels.Regions);
        Assert.Equal(["化工", "汽车"], table.Levels.Industries);
        Assert.Equal(30.0, table.Levels[0, 0]);
        Assert.Equal(5.0, table.Levels[0, 1]);
        Assert.Equal(0.0, table.Levels[1, 0]);
        Assert.Equal(12.0, table.Levels[1, 1]);
        Assert.Equal(1.0, table.Previous![1, 0]);
        Assert.Null(table.Reference);
        Assert.Null(table.ReferenceLevels);
        Assert.Null(table.ReferenceProjected);
    }

    [Fact]
    public void Read_Reference_IsSetApartFromTheRegions_WithItsProjectedLevels()
    {
        var table = Read(
            "region,industry,value,previous,projected\nR1,a,1000,1400,\nR1,b,4400,3600,\nN,a,2900,3700,2500\nN,b,9100,6300,12500\n",
            "N");

        Assert.Equal(["R1"], table.Levels.Regions);
        Assert.Equal("N", table.Reference);
        Assert.Equal([2900.0, 9100.0], table.ReferenceLevels);
        Assert.Equal([3700.0, 6300.0], table.ReferencePrevious);
        Assert.Equal([2500.0, 12500.0], table.ReferenceProjected);
    }

    [Fact]
    public void Read_Gb18030AndSemicolons_ReadAsUtf8()
    {
        byte[] gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes("區域;產業;數值\n椒江;化工;\"1,200\"\n");
        using var stream = new MemoryStream(gb);

        var table = RegionalReader.Read(stream, "-", options: new TableReadOptions { Encoding = InputEncoding.Gb18030 });

        Assert.Equal("椒江", table.Levels.Regions[0]);
        Assert.Equal(1200.0, table.Levels[0, 0]);
    }

    [Fact]
    public void Read_WorkbookSheet_GivesTheSameMatrix()
    {
        using var folder = new TempFolder();
        string path = new XlsxBuilder().Sheet("封面").Text("A1", "说明")
            .Sheet("区域")
            .Text("A1", "地区").Text("B1", "行业").Text("C1", "数值")
            .Text("A2", "椒江").Text("B2", "化工").Number("C2", "30")
            .Text("A3", "椒江").Text("B3", "汽车").Number("C3", "5")
            .Save(folder.File("r.xlsx"));

        var table = RegionalReader.Read(path, options: new TableReadOptions { Sheet = SheetSelector.Parse("区域") });

        Assert.Equal([30.0, 5.0], table.Levels.RegionValues(0));
    }

    [Fact]
    public void Read_MissingPair_NamesTheRegionsLineAndTheIndustry_InsteadOfAZero()
    {
        var ex = Refused("region,industry,value\nA,x,1\nA,y,2\nB,x,3\n");

        Assert.Equal("t.csv: line 4, column 'industry': region 'B' (first on this line) has no row for industry 'y'; every region needs a row for every industry, 0 where it has none (a missing figure is never read as zero, unless --missing-as-zero).", ex.Message);
    }

    [Fact]
    public void Read_MissingAsZero_ReadsAPairWithoutARowAsZeroInEveryColumn()
    {
        // A has no row for y; B and the reference N have every industry.
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("region,industry,value,previous,projected\nA,x,1,1,\nB,x,3,3,\nB,y,2,2,\nN,x,5,5,6\nN,y,4,4,7\n"));

        var table = RegionalReader.Read(stream, "t.csv", "N", missingAsZero: true);

        Assert.Equal([1.0, 0.0], table.Levels.RegionValues(0));
        Assert.Equal([1.0, 0.0], table.Previous!.RegionValues(0));
        Assert.Equal([3.0, 2.0], table.Levels.RegionValues(1));
        Assert.Equal([5.0, 4.0], table.ReferenceLevels);
        Assert.Equal([6.0, 7.0], table.ReferenceProjected);
    }

    [Fact]
    public void Read_MissingAsZero_RegionAboveAReferenceWithoutTheRow_SaysSo()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("region,industry,value\nA,x,1\nA,y,2\nN,x,5\n"));

        var ex = Assert.Throws<InputFormatException>(() => RegionalReader.Read(stream, "t.csv", "N", missingAsZero: true));

        Assert.Equal("t.csv: line 3, column 'value': 'A' has 2 of 'y', more than the reference 'N' (0, no row, read as 0); the reference must contain every region.", ex.Message);
    }

    [Fact]
    public void Read_DuplicatePair_NamesBothLines()
    {
        var ex = Refused("region,industry,value\nA,x,1\nA,x,2\n");

        Assert.Equal("t.csv: line 3, column 'industry': region 'A' already has a row for 'x', on line 2; give each (region, industry) once.", ex.Message);
    }

    [Theory]
    [InlineData("-1", "'-1' is negative; a level is not.")]
    [InlineData("abc", "'abc' is not a number.")]
    [InlineData("", "the level is empty; give 0 where the region has none of the industry (a missing figure is never read as zero).")]
    public void Read_BadLevel_NamesLineAndColumn(string cell, string says)
    {
        var ex = Refused($"region,industry,value,previous\nA,x,1,1\nA,y,2,{cell}\n");

        Assert.Equal($"t.csv: line 3, column 'previous': {says}", ex.Message);
    }

    [Fact]
    public void Read_ProjectedOnARegionsRow_IsRefused()
    {
        var ex = Refused("region,industry,value,previous,projected\nR,a,1,1,5\nN,a,2,2,6\n", "N");

        Assert.Equal("t.csv: line 2, column 'projected': only the reference region's rows ('N') carry a projected level; leave it empty for 'R'.", ex.Message);
    }

    [Fact]
    public void Read_ProjectedWithoutReference_IsRefusedAtTheHeader()
    {
        var ex = Refused("region,industry,value,previous,预测\nR,a,1,1,\n");

        Assert.Equal("t.csv: line 1, column '预测': a projected level is the reference's: name the reference region (--reference NAME), whose rows carry it.", ex.Message);
    }

    [Fact]
    public void Read_RegionAboveTheReference_IsRefused()
    {
        var ex = Refused("region,industry,value\nR,a,120\nN,a,100\n", "N");

        Assert.Equal("t.csv: line 2, column 'value': 'R' has 120 of 'a', more than the reference 'N' (100, line 3); the reference must contain every region.", ex.Message);
    }

    [Fact]
    public void Read_UnknownReference_ListsTheRegions()
    {
        var ex = Refused("region,industry,value\nR,a,1\nS,a,2\n", "全国");

        Assert.Equal("t.csv: --reference '全国' names no region (the regions are: R, S).", ex.Message);
    }

    [Fact]
    public void Read_OnlyTheReference_IsRefused()
    {
        var ex = Refused("region,industry,value\nN,a,1\n", "N");

        Assert.Equal("t.csv: the table holds only the reference 'N'; at least one other region is needed.", ex.Message);
    }
}
