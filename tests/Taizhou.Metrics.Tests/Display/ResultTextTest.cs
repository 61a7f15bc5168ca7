using System;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Display;

/// <summary>
/// Text for people: the one-line summaries and the plain-text and Markdown tables of the results. Expected text
/// written by hand from the figures in the comments (layout: columns two spaces apart, figures right-aligned).
/// </summary>
public class ResultTextTest
{
    [Fact]
    public void BreakdownAnalysis_ToString_SummarisesInsteadOfTheTypeName()
    {
        // A 20 → 30, B 0 → 5, city 100 → 125: other 80 → 90; the total grows 25/100 = +25.0 %.
        Assert.Equal("Breakdown of 2 parts and other, city 100 → 125, growth +25.0%", Representatives.Breakdown().ToString());
    }

    [Fact]
    public void BreakdownAnalysis_ToTextTable_PrintsEveryPartTheRemainderAndTheTotal()
    {
        // Shares of 125: 30 → 24.0 %, 5 → 4.0 %, 90 → 72.0 %. Growth: 10/20 = +50.0 %, B from a zero base undefined,
        // 10/80 = +12.5 %. Points (拉動): change / 100 → +10.0, +5.0, +10.0, total +25.0. Rates (貢獻率): change / 25 →
        // 40.0, 20.0, 40.0, total 100.0.
        string expected = """
            Breakdown of 2 parts and other, city 100 → 125, growth +25.0%
            part   previous  current  share %                 growth  contribution pp  contribution rate %
            -----  --------  -------  -------  ---------------------  ---------------  -------------------
            A         20.00    30.00     24.0                 +50.0%            +10.0                 40.0
            B          0.00     5.00      4.0  undefined (zero base)             +5.0                 20.0
            other     80.00    90.00     72.0                 +12.5%            +10.0                 40.0
            city     100.00   125.00    100.0                 +25.0%            +25.0                100.0

            """;
        Assert.Equal(expected, Representatives.Breakdown().ToTextTable());
    }

    [Fact]
    public void BreakdownAnalysis_ToMarkdown_IsAPipeTableWithFiguresRightAligned()
    {
        string expected = """
            Breakdown of 2 parts and other, city 100 → 125, growth +25.0%

            | part | previous | current | share % | growth | contribution pp | contribution rate % |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: |
            | A | 20.00 | 30.00 | 24.0 | +50.0% | +10.0 | 40.0 |
            | B | 0.00 | 5.00 | 4.0 | undefined (zero base) | +5.0 | 20.0 |
            | other | 80.00 | 90.00 | 72.0 | +12.5% | +10.0 | 40.0 |
            | city | 100.00 | 125.00 | 100.0 | +25.0% | +25.0 | 100.0 |

            """;
        Assert.Equal(expected, Representatives.Breakdown().ToMarkdown());
    }

    [Fact]
    public void TimeSeries_ToTextTable_ListsEveryPeriodWithMissingSpelledOut()
    {
        var series = SmallSeries();
        string expected = series + "\n" + """
            period     value
            -------  -------
            2018-01      1.5
            2018-02  missing
            2018-03  1042.27

            """;
        Assert.Equal(expected, series.ToTextTable());
    }

    [Fact]
    public void TimeSeries_ToMarkdown_EscapesAPipeInTheName()
    {
        var series = SmallSeries().WithName("a|b");
        string expected = series.ToString().Replace("|", "\\|", StringComparison.Ordinal) + "\n\n" + """
            | period | value |
            | --- | ---: |
            | 2018-01 | 1.5 |
            | 2018-02 | missing |
            | 2018-03 | 1042.27 |

            """;
        Assert.Equal(expected, series.ToMarkdown());
    }

    [Fact]
    public void Projection_ToTextTable_ShowsTheLastActualAndThePath()
    {
        // 100 → 110 → 121 grows 10 % a year: 2019 121 × 1.1 = 133.10, 2020 133.1 × 1.1 = 146.41; no intervals.
        var projection = Project.ConstantGrowth(
            TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [ReportingPeriod.CalendarYear(2016), ReportingPeriod.CalendarYear(2017), ReportingPeriod.CalendarYear(2018)], [100m, 110m, 121m]),
            ReportingPeriod.CalendarYear(2020));
        string expected = projection + "\n" + """
            period  estimate   lower  upper
            ------  --------  ------  -----
            2018      121.00  actual
            2019      133.10
            2020      146.41

            """;
        Assert.Equal(expected, projection.ToTextTable());
    }

    [Fact]
    public void TextTable_PadsChineseNamesByDisplayWidth()
    {
        // 七大產業 is four wide characters: eight columns in a terminal, so "A" is padded with seven spaces, the name with none.
        var table = new Metrics.Text.TextTable(null, ("name", false), ("x", true)).Add("七大產業", "1").Add("A", "22");
        Assert.Equal("name       x\n--------  --\n七大產業   1\nA         22\n", table.ToText());
    }

    private static TimeSeries SmallSeries() => TimeSeries.FromValues(
        SeriesKind.Flow,
        MetricUnit.YiYuan,
        Enumerable.Range(1, 3).Select(m => ReportingPeriod.Month(2018, m)).ToArray(),
        [1.5m, null, 1042.27m],
        "output");
}
