using System;
using System.Globalization;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Samples;

/// <summary>A figure of the source article that the calculations do not use (platforms, projects, services), kept for completeness.</summary>
public sealed class SampleFigure
{
    private readonly string traditionalChinese;

    internal SampleFigure(string code, string english, string chinese, string traditionalChinese, decimal value, string unit)
    {
        this.traditionalChinese = traditionalChinese;
        Code = code;
        English = english;
        Chinese = chinese;
        Value = value;
        Unit = unit;
    }

    /// <summary>Gets a machine code, such as <c>enterprises_visited</c>.</summary>
    public string Code { get; }

    /// <summary>Gets what the figure is, in English.</summary>
    public string English { get; }

    /// <summary>Gets what the figure is, in Chinese as in the article, in Simplified characters (累计走访企业).</summary>
    public string Chinese { get; }

    /// <summary>Gets the value as published.</summary>
    public decimal Value { get; }

    /// <summary>Gets the unit as published, in Simplified characters (亿元, 个, 家, %, 亩, ...).</summary>
    public string Unit { get; }

    /// <summary>Returns what the figure is in Chinese in a script: 累计走访企业 (Simplified) or 累計走訪企業 (Traditional).</summary>
    /// <param name="script">The script.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The script is not defined.</exception>
    public string GetChinese(ChineseScript script) => script switch
    {
        ChineseScript.Simplified => Chinese,
        ChineseScript.Traditional => traditionalChinese,
        _ => throw new ArgumentOutOfRangeException(nameof(script), script, "Unknown script."),
    };

    /// <summary>Returns the unit in a script: 亿元, 个, 亩 (Simplified) or 億元, 個, 畝 (Traditional); 家, 名, 天, 宗 and % are the same in both.</summary>
    /// <param name="script">The script.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The script is not defined.</exception>
    public string GetUnit(ChineseScript script) => (script, Unit) switch
    {
        (ChineseScript.Simplified, _) => Unit,
        (ChineseScript.Traditional, "亿元") => "億元",
        (ChineseScript.Traditional, "个") => "個",
        (ChineseScript.Traditional, "亩") => "畝",
        (ChineseScript.Traditional, _) => Unit,
        _ => throw new ArgumentOutOfRangeException(nameof(script), script, "Unknown script."),
    };

    /// <summary>Returns a one-line summary: the English name, the Chinese in parentheses, the value and its unit.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{English} ({Chinese}): {Value.ToString(CultureInfo.InvariantCulture)} {Unit}";
}
