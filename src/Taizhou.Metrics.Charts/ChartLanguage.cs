namespace Taizhou.Metrics.Charts;

/// <summary>The language of a chart's titles, labels, legend and period ticks.</summary>
public enum ChartLanguage
{
    /// <summary>English: <c>2018Q2</c>, <c>2018-06</c>, "contribution (percentage points)".</summary>
    English = 0,

    /// <summary>Simplified Chinese (简体), as mainland bureaus publish: <c>2018年二季度</c>, <c>2018年6月</c>, 拉动（百分点）.</summary>
    Chinese = 1,

    /// <summary>Traditional Chinese (繁體): <c>2018年二季度</c>, <c>2018年6月</c>, 拉動（百分點）.</summary>
    ChineseTraditional = 2,
}
