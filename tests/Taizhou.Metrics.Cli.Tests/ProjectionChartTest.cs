using System;
using System.IO;
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
}
