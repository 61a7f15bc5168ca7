namespace Taizhou.Metrics.Text;

/// <summary>
/// The script in which the library writes Chinese: Simplified (简体, as mainland bureaus publish: 亿元, 规上, 累计) or
/// Traditional (繁體: 億元, 規上, 累計).
/// </summary>
/// <remarks>
/// <see cref="Simplified"/> is the default (the value 0) everywhere Chinese text is produced without an explicit choice:
/// <c>ChineseName</c> properties, <see cref="Units.MetricUnit.ChineseSymbol"/>, <see cref="Units.Amount.ToString()"/>,
/// <see cref="Periods.PeriodNotation.Chinese"/>. Every type that holds a Chinese name also gives it in a chosen script
/// (<c>GetChineseName(ChineseScript)</c> and the like). Parsing reads both scripts. docs/chinese.md lists the names.
/// </remarks>
public enum ChineseScript
{
    /// <summary>Simplified characters (简体字), as used in mainland China: 亿元, 万元, 规上工业, 拉动, 贡献率, 1月累计.</summary>
    Simplified = 0,

    /// <summary>Traditional characters (繁體字): 億元, 萬元, 規上工業, 拉動, 貢獻率, 1月累計.</summary>
    Traditional = 1,
}
