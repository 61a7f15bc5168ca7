using System;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Tables;

/// <summary>
/// The bureau's monthly report (Tables/Data/bureau-2018-06.*: 指标, 本月, 1-本月累计, 上年同期累计, 增长%, figures of
/// 2018年1-6月 in 亿元) read in one call. Expected values by hand: 1042.27 / 822.63 − 1 = 0.26699731349…,
/// 1010.55 / 805.20 − 1 = 0.25502980626…, 118.30 / 101.80 − 1 = 0.16208251473…, each within the rounding of the
/// printed 26.7, 25.5 and 16.2; tolerance 1e-12 on the computed fractions.
/// </summary>
public class MonthlyReportReaderTest
{
    private static readonly ReportingPeriod H1 = ReportingPeriod.YearToDate(2018, 6);

    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Tables", "Data", name);

    [Fact]
    public void Read_Utf8BureauTable_GivesTheIndicatorsAsPartsWithTheirYearToDateLevels()
    {
        var report = MonthlyReportReader.Read(DataFile("bureau-2018-06.utf8.csv"), H1, MetricUnit.YiYuan);

        Assert.Equal(["规模以上工业总产值", "工业销售产值", "出口交货值"], report.Table.Parts.Select(p => p.Name));
        var gross = report.Table.Parts[0];
        Assert.Equal(PublishedValue.Parse("1042.27"), gross.Current); // quoted "1,042.27" in the file
        Assert.Equal(PublishedValue.Parse("822.63"), gross.Previous);
        Assert.Equal(PublishedValue.Parse("26.7"), gross.GrowthPercent);
        Assert.Equal(PublishedValue.Parse("20.45"), report.Table.Months["出口交货值"]);
        Assert.Equal(2, report.Table.Lines["规模以上工业总产值"]);
        Assert.Equal(4, report.Table.Lines["出口交货值"]);
        Assert.Null(report.Table.Total);
    }

    [Fact]
    public void Read_WithoutATotal_HasNoAnalysisForIndicatorsThatAreNotPartsOfOneWhole()
    {
        // 总产值, 销售产值 and 出口交货值 overlap: shares of their sum (2171.12 亿元) would be numbers that mean nothing.
        var report = MonthlyReportReader.Read(DataFile("bureau-2018-06.utf8.csv"), H1, MetricUnit.YiYuan);

        Assert.Null(report.Analysis);
    }

    [Fact]
    public void Read_ByIndustryWithTheTotalNamed_AnalysesThePartsAgainstTheTotalsRow()
    {
        // By hand: 汽车 (300 − 250) / 822.63 = 0.0607806668854770…, 医药 (200 − 180) / 822.63 = 0.0243122667541908…,
        // the rest (1042.27 − 822.63 − 70) / 822.63 = 0.1819043798548557… (the remainder part).
        using var table = new MemoryStream("指标,1-本月累计,上年同期累计\n规上工业,\"1,042.27\",822.63\n汽车,300,250\n医药,200,180\n"u8.ToArray());

        var report = MonthlyReportReader.Read(table, "industries", H1, MetricUnit.YiYuan, totalName: "规上工业");

        var analysis = Assert.IsType<Taizhou.Metrics.Structure.BreakdownAnalysis>(report.Analysis);
        Assert.Equal(0.0607806668854770, analysis.Parts.Single(p => p.Name == "汽车").ContributionPoints!.Value, 1e-12);
        Assert.Equal(0.0243122667541908, analysis.Parts.Single(p => p.Name == "医药").ContributionPoints!.Value, 1e-12);
        Assert.Equal(0.1819043798548557, analysis.Remainder!.ContributionPoints!.Value, 1e-12);
    }

    [Fact]
    public void Read_BureauTable_PublishedGrowthRatesCheckOut()
    {
        var report = MonthlyReportReader.Read(DataFile("bureau-2018-06.utf8.csv"), H1, MetricUnit.YiYuan);

        Assert.True(report.Check.Passed, string.Join("; ", report.Check.Broken));
        Assert.Contains(report.Check.Findings, f => f.Row == "出口交货值" && f.Figure == "growth");
    }

    [Fact]
    public void Read_BureauTable_GivesACumulativeSeriesPerIndicatorWhoseYearOnYearIsTheGrowth()
    {
        var report = MonthlyReportReader.Read(DataFile("bureau-2018-06.utf8.csv"), H1, MetricUnit.YiYuan);

        var gross = report.Series["规模以上工业总产值"];
        Assert.Equal(SeriesKind.Cumulative, gross.Kind);
        Assert.Equal(MetricUnit.YiYuan, gross.Unit);
        Assert.Equal([ReportingPeriod.YearToDate(2017, 6), H1], gross.Observations.Select(o => o.Period));
        Assert.Equal(0.26699731349452366, Growth.YearOnYear(gross, H1).GetFraction(), 1e-12);
        Assert.Equal(0.25502980625931446, Growth.YearOnYear(report.Series["工业销售产值"], H1).GetFraction(), 1e-12);
        Assert.Equal(0.16208251473477407, Growth.YearOnYear(report.Series["出口交货值"], H1).GetFraction(), 1e-12);
    }

    [Fact]
    public void Read_Gb18030TabSeparatedWithOtherHeaderNames_GivesTheSameReport()
    {
        var utf8 = MonthlyReportReader.Read(DataFile("bureau-2018-06.utf8.csv"), H1, MetricUnit.YiYuan);
        var gb = MonthlyReportReader.Read(DataFile("bureau-2018-06.gb18030.tsv"), H1, MetricUnit.YiYuan, options: new TableReadOptions { Encoding = InputEncoding.Gb18030 });

        Assert.Equal(utf8.Table.Parts.Select(p => (p.Name, p.Current, p.Previous, p.GrowthPercent)), gb.Table.Parts.Select(p => (p.Name, p.Current, p.Previous, p.GrowthPercent)));
        Assert.Equal(utf8.Table.Months, gb.Table.Months);
        Assert.True(gb.Check.Passed);
    }

    [Fact]
    public void Read_Gb18030WithoutTheEncoding_SaysToReadItAsGb18030()
    {
        var ex = Assert.Throws<InputFormatException>(() => MonthlyReportReader.Read(DataFile("bureau-2018-06.gb18030.tsv"), H1, MetricUnit.YiYuan));

        Assert.Equal(1, ex.Line);
        Assert.Contains("read it as GB18030", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GrowthMisprinted_CheckNamesTheRow()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("r.csv", "指标,本月,1-本月累计,上年同期累计,增长%\n规模以上工业总产值,185.32,1042.27,822.63,26.7\n出口交货值,20.45,118.30,101.80,18.2\n");

        var report = MonthlyReportReader.Read(path, H1, MetricUnit.YiYuan);

        Assert.False(report.Check.Passed);
        Assert.Equal(["出口交货值"], report.Check.Broken.Select(f => f.Row).Distinct());
    }

    [Fact]
    public void Read_FromAStream_NamesTheStreamInErrors()
    {
        using var stream = new MemoryStream("指标,本月,1-本月累计,上年同期累计\n产值,1,x,2\n"u8.ToArray());

        var ex = Assert.Throws<InputFormatException>(() => MonthlyReportReader.Read(stream, "-", H1, MetricUnit.YiYuan));

        Assert.Equal("-: line 2, column '1-本月累计': 'x' is not a number as printed (write it such as 1042.27 or 26.7: without % or thousands separators, at most 28 decimals, within ±7.9e28).", ex.Message);
        Assert.Equal(2, ex.Line);
        Assert.Equal("1-本月累计", ex.Column);
    }

    [Fact]
    public void Read_PeriodNotAYearToDate_ThrowsArgumentNamingPeriod()
    {
        var ex = Assert.Throws<ArgumentException>(() => MonthlyReportReader.Read(DataFile("bureau-2018-06.utf8.csv"), ReportingPeriod.Month(2018, 6), MetricUnit.YiYuan));

        Assert.Equal("period", ex.ParamName);
    }
}
