using System;
using System.IO;
using System.Linq;
using System.Text;
using Taizhou.Metrics.Published;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Tables;

/// <summary>
/// <see cref="BreakdownReader"/>: the Chinese headers (Simplified and Traditional), delimiters, standard input and the
/// errors it shares with the command-line tool. The table of hand values: total 1000 against 800 (growth 25 %), A 600
/// against 500, B 300 against 200, the rest 100 against 100; A's share 60 %, its contribution (600 − 500) / 800 =
/// 12.5 points, its contribution rate 100 / 200 = 50 %; B's the same 12.5 points and 50 %; exact in decimals, compared
/// within 1e-12. The aliases' table: A 500 → 600 (+20.0 %), B 300 → 300, total 800 → 900; A's share 600 / 900 = 66.7 %,
/// its contribution 100 / 800 = 12.5 points, its contribution rate 100 / 100 = 100 %; checked by the library within rounding.
/// </summary>
public class BreakdownReaderTest
{
    private const string Traditional = "指標,本月止累計,上年同期累計\n合計,1000,800\nA,600,500\nB,300,200\n";

    [Fact]
    public void Read_TraditionalHeaders_AreTheColumnsTheyName()
    {
        using var folder = new TempFolder();
        var table = BreakdownReader.Read(folder.WriteText("t.csv", Traditional), "合計");

        Assert.Equal("合計", table.Total!.Name);
        Assert.Equal(PublishedValue.Parse("800"), table.Total.Previous);
        var analysis = table.Analyse();
        var a = analysis.Parts.Single(p => p.Name == "A");
        Assert.Equal(0.6, a.Share!.Value, 1e-12);
        Assert.Equal(0.125, a.ContributionPoints!.Value, 1e-12);
        Assert.Equal(0.5, a.ContributionRate!.Value, 1e-12);
        Assert.Equal(0.125, analysis.Parts.Single(p => p.Name == "B").ContributionPoints!.Value, 1e-12);
        Assert.Equal(0.25, analysis.Total.Growth.GetFraction(), 1e-12);
    }

    [Theory]
    [InlineData("指标,累计,上年同期累计,增长%,占比,拉动,贡献率")]
    [InlineData("指標,累計,上年同期,增長(%),佔比(%),拉動（百分點）,貢獻率%")]
    [InlineData("indicator,current,previous,growth,share,contribution_pp,contribution_rate")]
    [InlineData("地区 , 1－本月累计 , 上年同期累计 , 比上年同期增长％ , 比重 , 拉动百分点 , 贡献率")]
    public void Read_HeaderAliases_ReadThePublishedFiguresIntoTheirColumns(string header)
    {
        using var folder = new TempFolder();
        var table = BreakdownReader.Read(folder.WriteText("t.csv", header + "\nA,600,500,20.0,66.7,12.5,100.0\nB,300,300,0.0,33.3,0.0,0.0\n"));

        var a = table.Parts[0];
        Assert.Equal(PublishedValue.Parse("20.0"), a.GrowthPercent);
        Assert.Equal(PublishedValue.Parse("66.7"), a.SharePercent);
        Assert.Equal(PublishedValue.Parse("12.5"), a.ContributionPoints);
        Assert.Equal(PublishedValue.Parse("100.0"), a.ContributionRatePercent);
        Assert.True(table.Check().Passed, string.Join("; ", table.Check().Broken));
    }

    [Fact]
    public void Read_UnknownChineseHeader_ListsTheKnownColumns()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("t.csv", "指标,累计,上年同期累计,备注\nA,1,1,x\n");

        var ex = Assert.Throws<InputFormatException>(() => BreakdownReader.Read(path));

        Assert.Equal($"{path}: line 1: unknown column '备注' (known: part, current, previous, growth, real_growth, share, contribution_pp, contribution_rate, precision, parent).", ex.Message);
        Assert.Equal("备注", ex.Column);
    }

    [Fact]
    public void Read_TwoHeadersForOneColumn_IsAnErrorNamingBoth()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("t.csv", "part,current,累计,previous\nA,1,1,1\n");

        var ex = Assert.Throws<InputFormatException>(() => BreakdownReader.Read(path));

        Assert.Equal($"{path}: line 1: columns 'current' and '累计' both mean 'current'; keep one.", ex.Message);
    }

    [Fact]
    public void Read_CallersAlias_MapsItsOwnHeader()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("t.csv", "集群,产值,上年\nA,12,10\n");
        var options = new TableReadOptions { HeaderAliases = new System.Collections.Generic.Dictionary<string, string> { ["集群"] = "part", ["产值"] = "current", ["上年"] = "previous" } };

        var table = BreakdownReader.Read(path, options: options);

        Assert.Equal(PublishedValue.Parse("12"), table.Parts[0].Current);
        Assert.Equal(PublishedValue.Parse("10"), table.Parts[0].Previous);
    }

    [Theory]
    [InlineData("part;current;previous\nA;\"1,234.5\";1000\n", null)]
    [InlineData("part\tcurrent\tprevious\nA\t\"1,234.5\"\t1000\n", null)]
    [InlineData("part,current,previous\nA,\"1,234.5\",1000\n", null)]
    [InlineData("part;current;previous\nA;\"1,234.5\";1000\n", ';')]
    public void Read_DelimiterDetectedOrGiven_QuotedThousandsReadAsNumbers(string text, char? delimiter)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var table = BreakdownReader.Read(stream, "-", options: new TableReadOptions { Delimiter = delimiter });

        Assert.Equal(PublishedValue.Parse("1234.5"), table.Parts[0].Current);
        Assert.Equal(PublishedValue.Parse("1000"), table.Parts[0].Previous);
    }

    [Fact]
    public void Read_UnquotedThousandsInASemicolonFile_IsNotANumber()
    {
        using var stream = new MemoryStream("part;current;previous\nA;1,234.5;1000\n"u8.ToArray());

        var ex = Assert.Throws<InputFormatException>(() => BreakdownReader.Read(stream, "-"));

        Assert.StartsWith("-: line 2, column 'current': '1,234.5' is not a number as printed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_DelimiterOtherThanTheThree_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableReadOptions { Delimiter = '|' });
    }
}
