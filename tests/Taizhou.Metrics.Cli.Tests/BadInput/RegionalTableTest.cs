using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "Regional tables" (<c>regional</c>): a cell never missing, doubled or filled in, and the reference's rows.</summary>
public class RegionalTableTest
{
    private static (int ExitCode, string Output, string Error) Regional(Scratch s, string table, params string[] more) =>
        CliRunner.Run(["regional", "--input", s.Text("r.csv", table), .. more]);

    [Fact]
    public void RegionalMissingPair_ExitsTwoNamingTheRegionsLineAndIndustry()
    {
        using var s = new Scratch();
        Expect.Exit(2, Regional(s, "region,industry,value\nA,x,1\nA,y,2\nB,x,3\n"), "r.csv: line 4, column 'industry': region 'B' (first on this line) has no row for industry 'y'", "a missing figure is never read as zero");
    }

    [Fact]
    public void RegionalDuplicatePair_ExitsTwoNamingBothLines()
    {
        using var s = new Scratch();
        Expect.Exit(2, Regional(s, "地区,行业,数值\nA,x,1\nA,x,2\n"), "r.csv: line 3, column '行业': region 'A' already has a row for 'x', on line 2; give each (region, industry) once.");
    }

    [Fact]
    public void RegionalNegativeValue_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Regional(s, "region,industry,value\nA,x,-5\n"), "r.csv: line 2, column 'value': '-5' is negative; a level is not.");
    }

    [Fact]
    public void RegionalNonNumericValue_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Regional(s, "region,industry,value\nA,x,n/a\n"), "r.csv: line 2, column 'value': 'n/a' is not a number.");
    }

    [Fact]
    public void RegionalEmptyValue_ExitsTwoInsteadOfReadingZero()
    {
        using var s = new Scratch();
        Expect.Exit(2, Regional(s, "region,industry,value\nA,x,\n"), "r.csv: line 2, column 'value': the level is empty; give 0 where the region has none of the industry");
    }

    [Fact]
    public void RegionalMissingValueColumn_ExitsTwoListingTheColumns()
    {
        using var s = new Scratch();
        Expect.Exit(2, Regional(s, "region,industry\nA,x\n"), "r.csv: line 1: missing column 'value' (the columns are: region, industry).");
    }

    [Fact]
    public void RegionalUnknownReference_ExitsTwoListingTheRegions()
    {
        using var s = new Scratch();
        Expect.Exit(2, Regional(s, "region,industry,value\nA,x,1\nB,x,2\n", "--reference", "全国"), "r.csv: --reference '全国' names no region (the regions are: A, B).");
    }

    [Fact]
    public void RegionalRegionAboveTheReference_ExitsTwoNamingBothLines()
    {
        using var s = new Scratch();
        Expect.Exit(2, Regional(s, "region,industry,value\nA,x,120\n全国,x,100\n", "--reference", "全国"), "r.csv: line 2, column 'value': 'A' has 120 of 'x', more than the reference '全国' (100, line 3); the reference must contain every region.");
    }

    [Fact]
    public void RegionalProjectedWithoutReference_ExitsTwoAskingForIt()
    {
        using var s = new Scratch();
        Expect.Exit(2, Regional(s, "region,industry,value,previous,projected\nA,x,1,1,\n"), "r.csv: line 1, column 'projected': a projected level is the reference's: name the reference region (--reference NAME), whose rows carry it.");
    }

    [Fact]
    public void RegionalProjectedOnARegionsRow_ExitsTwoNamingTheLine()
    {
        using var s = new Scratch();
        Expect.Exit(2, Regional(s, "region,industry,value,previous,projected\nA,x,1,1,3\nN,x,2,2,4\n", "--reference", "N"), "r.csv: line 2, column 'projected': only the reference region's rows ('N') carry a projected level; leave it empty for 'A'.");
    }

    [Fact]
    public void RegionalReferenceWithNothingAtTheStart_ExitsTwoSayingThereIsNoGrowth()
    {
        using var s = new Scratch();
        Expect.Exit(2, Regional(s, "region,industry,value,previous\nA,x,1,0\nB,x,1,0\n"), "r.csv: the reference's levels in column 'previous' add up to zero");
    }

    [Fact]
    public void RegionalUnknownGiniMethod_ExitsTwoNamingTheOption()
    {
        using var s = new Scratch();
        Expect.Exit(2, Regional(s, "region,industry,value\nA,x,1\n", "--gini-method", "theil"), "--gini-method", "'theil' not recognized", "'quotient' 'krugman'");
    }
}
