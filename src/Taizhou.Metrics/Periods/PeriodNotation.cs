namespace Taizhou.Metrics.Periods;

/// <summary>The notation in which a <see cref="ReportingPeriod"/> is written.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>kind</term><description>ISO-style / Chinese (Simplified; Traditional differs only in 累計 and 合計)</description></listheader>
/// <item><term>month</term><description><c>2018-06</c> / <c>2018年6月</c></description></item>
/// <item><term>quarter</term><description><c>2018Q2</c> / <c>2018年二季度</c> (also read: <c>2018年第二季度</c>, <c>2018-Q2</c>)</description></item>
/// <item><term>half-year</term><description><c>2018H1</c> / <c>2018年上半年</c></description></item>
/// <item><term>year</term><description><c>2018</c> / <c>2018年</c> (also read: <c>2018年全年</c>)</description></item>
/// <item><term>cumulative</term><description><c>2018-01..06</c> / <c>2018年1-6月</c> (also read: <c>2018年1至6月</c>); to January: <c>2018-01..01</c> / <c>2018年1月累计</c> (Traditional: <c>2018年1月累計</c>)</description></item>
/// <item><term>span of months</term><description><c>2018-03/04</c> / <c>2018年3-4月合计</c> (Traditional: <c>2018年3-4月合計</c>; also read without 合计 when it does not start in January)</description></item>
/// </list>
/// Parsing reads both scripts whatever the notation; <see cref="Chinese"/> writes Simplified, the default of the
/// library (<see cref="Text.ChineseScript"/>), and <see cref="ChineseTraditional"/> writes Traditional.
/// </remarks>
public enum PeriodNotation
{
    /// <summary>The ISO-style notation (<c>2018-06</c>, <c>2018Q2</c>, <c>2018H1</c>, <c>2018</c>, <c>2018-01..06</c>, <c>2018-03/04</c>).</summary>
    Iso = 0,

    /// <summary>
    /// The notation of Chinese statistical releases in Simplified characters (<c>2018年6月</c>, <c>2018年1-6月</c>,
    /// <c>2018年二季度</c>, <c>2018年上半年</c>, <c>2018年</c>, <c>2018年1月累计</c>, <c>2018年3-4月合计</c>).
    /// </summary>
    Chinese = 1,

    /// <summary>
    /// The notation of Chinese statistical releases in Traditional characters: as <see cref="Chinese"/> but
    /// <c>2018年1月累計</c> and <c>2018年3-4月合計</c>.
    /// </summary>
    ChineseTraditional = 2,
}
