using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Taizhou.Metrics.Cli.Tests.Charts;
using Taizhou.Metrics.Charts;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <see cref="ProjectionChart"/>'s own file API, which the tool does not use (it writes through
/// <see cref="ProjectionChart.Write"/> to a temporary file): the extension names the format, in any case.
/// </summary>
public class ProjectionChartTest
{
    private static readonly TimeSeries Series = TimeSeries.FromValues(
        SeriesKind.Flow,
        MetricUnit.YiYuan,
        [ReportingPeriod.CalendarYear(2016), ReportingPeriod.CalendarYear(2017), ReportingPeriod.CalendarYear(2018)],
        [1000m, 1100m, 1210m],
        "output");

    private static readonly ValueTarget Target = new("target", ReportingPeriod.CalendarYear(2021), 2000m);

    [Theory]
    [InlineData("chart.png", ChartFormat.Png)]
    [InlineData("out/CHART.SVG", ChartFormat.Svg)]
    public void FormatOf_IsTheExtensionInAnyCase(string path, ChartFormat format) =>
        Assert.Equal(format, ProjectionChart.FormatOf(path));

    [Theory]
    [InlineData("chart.Png")]
    [InlineData("chart.svg")]
    public void Save_WritesTheFormatTheExtensionNames(string name)
    {
        using var s = new Scratch();
        string path = s.PathOf(name);

        ProjectionChart.Save(Series, Project.ConstantGrowth(Series, Target.Period), Target, path);

        byte[] bytes = File.ReadAllBytes(path);
        if (ProjectionChart.FormatOf(name) == ChartFormat.Png)
        {
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        }
        else
        {
            Assert.EndsWith("</svg>", File.ReadAllText(path).TrimEnd(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Save_AnotherExtension_ThrowsWithoutCreatingTheFile()
    {
        using var s = new Scratch();
        string path = s.PathOf("chart.jpg");

        Assert.Throws<ArgumentException>(() => ProjectionChart.Save(Series, Project.ConstantGrowth(Series, Target.Period), Target, path));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Draw_QuarterlyInChinese_TicksNameTheQuartersAndTheTitleIsChinese()
    {
        Assert.SkipUnless(InstalledFonts.HaveCjk, InstalledFonts.NoCjk);
        var quarters = ReportingPeriod.Range(ReportingPeriod.Quarter(2017, 1), ReportingPeriod.Quarter(2018, 2));
        var series = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [.. quarters], [100m, 104m, 108m, 112m, 116m, 120m], "工业增加值");
        var target = new ValueTarget("目标", ReportingPeriod.Quarter(2018, 4), 140m);

        var chart = ProjectionChart.Draw(series, Project.ConstantGrowth(series, target.Period), target, new ChartOptions { Language = ChartLanguage.Chinese });

        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = XDocument.Parse(chart.ToSvg()).Descendants(ns + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Equal("工业增加值：至2018年四季度的预测（不变增速）与目标", chart.Title);
        Assert.Contains(chart.Title, texts);
        Assert.Contains("工业增加值 (亿元)", texts);

        // Eight quarters 2017Q1..2018Q4 fit at 1000 pixels: each is named; before, the ticks were the years 2017, 2018.
        string[] expected = ["2017年一季度", "2017年二季度", "2017年三季度", "2017年四季度", "2018年一季度", "2018年二季度", "2018年三季度", "2018年四季度"];
        Assert.Equal(expected, texts.Where(t => t.EndsWith("季度", StringComparison.Ordinal)));
        Assert.DoesNotContain("2018", texts);
        Assert.True(chart.Font.CanDraw(string.Concat(texts)));
    }

    [Fact]
    public void ToPng_StartsWithThePngSignature()
    {
        byte[] png = ProjectionChart.Draw(Series, Project.ConstantGrowth(Series, Target.Period), Target).ToPng();

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
    }
}
