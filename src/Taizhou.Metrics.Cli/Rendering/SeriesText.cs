using System.Globalization;
using System.Linq;
using System.IO;
using Taizhou.Metrics.Cli.Commands;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes the result of <c>taizhou-metrics series</c> as aligned text or markdown (levels with the input's decimals,
/// rates in percent to two decimals, each with its range over the rounding of the printed figures), or as one CSV
/// table at full precision.
/// </summary>
internal static class SeriesText
{
    /// <summary>Writes the result as text tables.</summary>
    /// <param name="result">The result.</param>
    /// <param name="output">The writer.</param>
    /// <param name="lang">The language of the words.</param>
    /// <param name="markdown">Markdown when true, aligned text otherwise.</param>
    public static void Write(SeriesResult result, TextWriter output, TextLanguage lang, bool markdown)
    {
        if (result.SingleMonths is { } months)
        {
            var table = new TextTable(
                lang.Pick("Single-month figures (单月同比) from ", "单月数据 (单月同比): ", "單月數據 (單月同比): ") + result.Input,
                lang switch
                {
                    TextLanguage.Traditional => ["月份", "當月值", "區間", "可比基數", "當月增速 (%)", "區間"],
                    TextLanguage.Simplified => ["月份", "当月值", "区间", "可比基数", "当月增速 (%)", "区间"],
                    _ => ["month", "level", "range", "comparable base", "growth (%)", "range"],
                },
                [false, true, true, true, true, true]);
            foreach (var m in months)
            {
                var level = m.Level;
                table.Add(
                    Period(m.Period, lang),
                    NumberText.Fixed(level.Estimate, result.LevelDecimals),
                    Range(level, 1.0, Decimals(result.LevelDecimals + 1), lang),
                    m.ComparableBase is { } b ? NumberText.Fixed(b.Estimate, Decimals(result.LevelDecimals + 2)) : string.Empty,
                    m.Growth.TryGetValue(out double g) ? NumberText.Fixed(g * 100.0, 2) : Undefined(m.Growth.Reason, lang),
                    m.GrowthBounds is { } gb ? Range(gb, 100.0, 2, lang) : string.Empty);
                if (result.SplitOf(m) is { } split)
                {
                    string estimated = lang.Pick(" (estimated)", " (估算)", " (估算)");
                    table.Add(Period(split.JanuaryPeriod, lang) + estimated, NumberText.Fixed(split.January.Estimate, Decimals(result.LevelDecimals + 1)), Range(split.January, 1.0, Decimals(result.LevelDecimals + 1), lang), string.Empty, string.Empty, string.Empty);
                    table.Add(Period(split.FebruaryPeriod, lang) + estimated, NumberText.Fixed(split.February.Estimate, Decimals(result.LevelDecimals + 1)), Range(split.February, 1.0, Decimals(result.LevelDecimals + 1), lang), string.Empty, string.Empty, string.Empty);
                }
            }

            table.Write(output, markdown);
            if (result.Splits.Count > 0)
            {
                var rule = result.Splits.Values.First().Rule;
                output.WriteLine(lang.Pick(
                    $"Estimated: 1-2月合计 split into January and February by {rule} (no release prints them).",
                    $"估算: 1-2月合计按规则拆分为1月和2月 ({rule}), 非公布数。",
                    $"估算: 1-2月合計按規則拆分為1月和2月 ({rule}), 非公佈數。"));
            }

            output.WriteLine(lang.Pick(
                "Month = 1-N月 − 1-(N−1)月; comparable base = 1-N月 / (1 + g) − 1-(N−1)月 / (1 + g'); a year's first release stands for itself (1-2月 is January and February combined). Ranges: over the rounding of the printed figures (exact).",
                "当月值 = 1-N月累计 − 1-(N−1)月累计; 可比基数 = 1-N月 / (1 + 累计增速) − 1-(N−1)月 / (1 + 上月累计增速); 每年首个累计数即其本身 (1-2月为两个月合计)。区间: 按公布数的四舍五入推算 (精确)。",
                "當月值 = 1-N月累計 − 1-(N−1)月累計; 可比基數 = 1-N月 / (1 + 累計增速) − 1-(N−1)月 / (1 + 上月累計增速); 每年首個累計數即其本身 (1-2月為兩個月合計)。區間: 按公佈數的四捨五入推算 (精確)。"));
        }

        if (result.Averages is { } averages)
        {
            if (result.SingleMonths is not null && !markdown)
            {
                output.WriteLine();
            }

            string n = result.AverageYears!.Value.ToString(CultureInfo.InvariantCulture);
            var table = new TextTable(
                lang.Pick($"{n}-year average growth (平均增速) from ", $"{n}年平均增速: ", $"{n}年平均增速: ") + result.Input,
                lang switch
                {
                    TextLanguage.Traditional => ["時期", "基期", "由水平值 (%)", "區間", "由逐年同比 (%)", "區間"],
                    TextLanguage.Simplified => ["时期", "基期", "由水平值 (%)", "区间", "由逐年同比 (%)", "区间"],
                    _ => ["period", "base period", "from levels (%)", "range", "from year-on-year rates (%)", "range"],
                },
                [false, false, true, true, true, true]);
            foreach (var a in averages)
            {
                table.Add(
                    Period(a.Period, lang),
                    Period(a.BasePeriod, lang),
                    a.FromLevels is { } l ? NumberText.Fixed(l.Estimate * 100.0, 2) : string.Empty,
                    a.FromLevels is { } lr ? Range(lr, 100.0, 2, lang) : string.Empty,
                    a.FromYearOnYear is { } y ? NumberText.Fixed(y.Estimate * 100.0, 2) : string.Empty,
                    a.FromYearOnYear is { } yr ? Range(yr, 100.0, 2, lang) : string.Empty);
            }

            table.Write(output, markdown);
            output.WriteLine(lang.Pick(
                "Geometric average against the same period n years earlier: (level / base level)^(1/n) − 1, or (Π (1 + yearly growth))^(1/n) − 1; the second is approximate (each year's rate has its own comparable basis, 同口径), and the levels are as printed (current prices where the growth is real).",
                "几何平均, 与 n 年前同期比较: (本期 / 基期)^(1/n) − 1, 或 (Π (1 + 各年同比))^(1/n) − 1; 后者为近似 (各年增速口径不同), 水平值按公布数 (现价, 而增速可能为实际增速)。",
                "幾何平均, 與 n 年前同期比較: (本期 / 基期)^(1/n) − 1, 或 (Π (1 + 各年同比))^(1/n) − 1; 後者為近似 (各年增速口徑不同), 水平值按公佈數 (現價, 而增速可能為實際增速)。"));
        }
    }

    /// <summary>Writes the one table asked for as CSV: full precision (round-trip), rates in percent (<c>_pct</c>), an empty cell where there is no value.</summary>
    /// <param name="result">The result; exactly one of its tables is present.</param>
    /// <param name="output">The writer.</param>
    public static void WriteCsv(SeriesResult result, TextWriter output)
    {
        if (result.SingleMonths is { } months)
        {
            output.Write("period,cumulative_period,level,level_lower,level_upper,comparable_base,comparable_base_lower,comparable_base_upper,growth_pct,growth_lower_pct,growth_upper_pct,growth_undefined,estimated\n");
            foreach (var m in months)
            {
                output.Write(string.Join(
                    ',',
                    m.Period.ToString(),
                    m.CumulativePeriod.ToString(),
                    Cells(m.Level, 0),
                    Cells(m.ComparableBase, 0),
                    Cells(m.GrowthBounds, 2),
                    m.Growth.IsDefined ? string.Empty : m.Growth.Reason.ToString(),
                    "false") + "\n");
                if (result.SplitOf(m) is { } split)
                {
                    output.Write(string.Join(',', split.JanuaryPeriod.ToString(), m.CumulativePeriod.ToString(), Cells(split.January, 0), ",,", ",,", string.Empty, "true") + "\n");
                    output.Write(string.Join(',', split.FebruaryPeriod.ToString(), m.CumulativePeriod.ToString(), Cells(split.February, 0), ",,", ",,", string.Empty, "true") + "\n");
                }
            }

            return;
        }

        output.Write("period,base_period,from_levels_pct,from_levels_lower_pct,from_levels_upper_pct,from_year_on_year_pct,from_year_on_year_lower_pct,from_year_on_year_upper_pct\n");
        foreach (var a in result.Averages!)
        {
            output.Write(string.Join(',', a.Period.ToString(), a.BasePeriod.ToString(), Cells(a.FromLevels, 2), Cells(a.FromYearOnYear, 2)) + "\n");
        }
    }

    /// <summary>Three CSV cells: the estimate and its bounds scaled by 10^<paramref name="power"/> on their decimal form; empty when absent, the bounds empty when unbounded.</summary>
    private static string Cells(BoundedEstimate? value, int power)
    {
        if (value is not { } v)
        {
            return ",,";
        }

        string estimate = Full(v.Estimate, power);
        return v.TryGetBounds(out var b) ? $"{estimate},{Full(b.Lower, power)},{Full(b.Upper, power)}" : estimate + ",,";
    }

    /// <summary>At most the 28 decimals <see cref="Rounding"/> prints: a level printed with 28 decimals shows its range with 28 too.</summary>
    private static int Decimals(int decimals) => System.Math.Min(decimals, Rounding.MaxDecimals);

    private static string Full(double value, int power) =>
        (power == 0 ? value : Rounding.ScaleFigure(value, power)).ToString("R", CultureInfo.InvariantCulture);

    private static string Period(ReportingPeriod period, TextLanguage lang) =>
        lang.IsChinese() ? period.ToString(lang.ChineseNotation()) : period.ToString();

    private static string Range(BoundedEstimate value, double scale, int decimals, TextLanguage lang) => value.TryGetBounds(out var b)
        ? $"[{NumberText.Fixed(b.Lower * scale, decimals)}, {NumberText.Fixed(b.Upper * scale, decimals)}]"
        : lang.Pick("unbounded", "无界", "無界");

    private static string Undefined(GrowthUndefinedReason reason, TextLanguage lang) => reason switch
    {
        GrowthUndefinedReason.MissingBase => lang.Pick("no growth printed", "无累计增速", "無累計增速"),
        _ => lang.Pick("base ≤ 0", "基数 ≤ 0", "基數 ≤ 0"),
    };
}
