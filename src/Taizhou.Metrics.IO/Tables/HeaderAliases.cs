using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Taizhou.Metrics.IO;

/// <summary>
/// The header names the table readers know besides their own column names: the Chinese names of real tables in
/// Simplified and Traditional characters, and English ones (docs/input.md, "Header names", is this table).
/// </summary>
/// <remarks>
/// A header name is matched after <see cref="Key"/>: spaces dropped, full-width forms made ASCII, and one trailing
/// unit in parentheses (<c>(%)</c>, <c>（亿元）</c>) or a trailing <c>%</c> removed; so <c>增长%</c>, <c>增长(%)</c> and
/// <c>增长 （％）</c> are one name. The reader's own column names (<c>period</c>, <c>current</c>, ...) are matched exactly.
/// </remarks>
internal static class HeaderAliases
{
    /// <summary>The aliases of the series reader's columns.</summary>
    public static readonly IReadOnlyDictionary<string, string> Series = Build(
        ("period", ["期间", "期間", "时期", "時期", "时间", "時間", "年份", "月份"]),
        ("value", ["数值", "數值", "数据", "數據"]));

    /// <summary>The aliases of the cumulative series reader's columns (a release's 1-N月 levels and growth).</summary>
    public static readonly IReadOnlyDictionary<string, string> Cumulative = Build(
        ("period", ["期间", "期間", "时期", "時期", "时间", "時間", "月份", "报告期", "報告期"]),
        ("value", ["累计值", "累計值", "累计", "累計", "本年累计", "本年累計", "1-本月累计", "1-本月累計", "数值", "數值"]),
        ("growth", ["增速", "累计增速", "累計增速", "增长", "增長", "累计增长", "累計增長", "同比增长", "同比增長", "比上年同期增长", "比上年同期增長"]));

    /// <summary>The aliases of the breakdown reader's columns (the bureau's monthly report among them).</summary>
    public static readonly IReadOnlyDictionary<string, string> Breakdown = Build(
        ("part", ["指标", "指標", "指标名称", "指標名稱", "项目", "項目", "地区", "地區", "indicator", "region"]),
        ("month", ["本月", "当月", "當月"]),
        ("current", ["1-本月累计", "1-本月累計", "本月止累计", "本月止累計", "累计", "累計", "本年累计", "本年累計"]),
        ("previous", ["上年同期累计", "上年同期累計", "上年同期"]),
        ("growth", ["增长", "增長", "比上年同期增长", "比上年同期增長", "同比增长", "同比增長", "累计增长", "累計增長"]),
        ("share", ["占比", "佔比", "比重"]),
        ("contribution_pp", ["拉动", "拉動", "拉动百分点", "拉動百分點"]),
        ("contribution_rate", ["贡献率", "貢獻率"]),
        ("parent", ["上级", "所属", "上級", "所屬"]),
        ("period", ["期间", "期間", "时期", "時期", "时间", "時間", "年份", "月份", "报告期", "報告期"]));

    /// <summary>The aliases of the enterprise reader's columns.</summary>
    public static readonly IReadOnlyDictionary<string, string> Enterprise = Build(
        ("name", ["企业名称", "企業名稱"]),
        ("county", ["地区", "地區", "县区", "縣區"]),
        ("year", ["年份"]));

    /// <summary>The aliases of the regional reader's columns (one row per region and industry).</summary>
    public static readonly IReadOnlyDictionary<string, string> Regional = Build(
        ("region", ["地区", "地區", "区域", "區域", "地区名称", "地區名稱", "县区", "縣區"]),
        ("industry", ["行业", "行業", "产业", "產業", "行业名称", "行業名稱", "部门", "部門"]),
        ("value", ["数值", "數值", "本期", "期末", "报告期", "報告期"]),
        ("previous", ["基期", "期初", "上期"]),
        ("projected", ["预测", "預測", "预测值", "預測值", "预测期", "預測期"]));

    /// <summary>The aliases of the plan-target reader's columns (<c>taizhou-metrics plan --input</c>).</summary>
    public static readonly IReadOnlyDictionary<string, string> Plan = Build(
        ("indicator", ["指标", "指標", "指标名称", "指標名稱"]),
        ("unit", ["单位", "單位"]),
        ("kind", ["类型", "類型", "目标类型", "目標類型"]),
        ("base_period", ["基期"]),
        ("base_value", ["基期值", "基期数值", "基期數值"]),
        ("target_period", ["目标年", "目標年", "目标期", "目標期"]),
        ("target_value", ["目标值", "目標值"]),
        ("direction", ["方向"]));

    /// <summary>The aliases of the plan-outcome reader's columns (<c>taizhou-metrics plan --actuals</c>).</summary>
    public static readonly IReadOnlyDictionary<string, string> PlanActuals = Build(
        ("indicator", ["指标", "指標", "指标名称", "指標名稱"]),
        ("period", ["期间", "期間", "时期", "時期", "年份"]),
        ("value", ["数值", "數值", "实际值", "實際值", "完成值"]));

    /// <summary>The column a header name means: a caller's alias (exact), the name itself when it is a column of the reader, a built-in alias, or else the name unchanged.</summary>
    /// <param name="name">The header name, trimmed.</param>
    /// <param name="columns">The reader's own column names.</param>
    /// <param name="builtIn">The reader's built-in aliases, by <see cref="Key"/>.</param>
    /// <param name="caller">The caller's aliases (<see cref="TableReadOptions.HeaderAliases"/>).</param>
    /// <returns>The column name.</returns>
    public static string Resolve(string name, IReadOnlyCollection<string> columns, IReadOnlyDictionary<string, string> builtIn, IReadOnlyDictionary<string, string> caller)
    {
        if (caller.TryGetValue(name, out string? mine))
        {
            return mine;
        }

        if (columns.Contains(name, StringComparer.Ordinal))
        {
            return name;
        }

        return builtIn.TryGetValue(Key(name), out string? column) ? column : name;
    }

    /// <summary>The form a header name is matched in: no spaces, ASCII for full-width forms, no trailing unit in parentheses or %.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The key.</returns>
    public static string Key(string name)
    {
        var b = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            switch (c)
            {
                case ' ' or '\u3000' or '\t':
                    break;
                case >= '！' and <= '～':
                    b.Append((char)(c - '！' + '!'));
                    break;
                case '—' or '–':
                    b.Append('-');
                    break;
                default:
                    b.Append(c);
                    break;
            }
        }

        string key = b.ToString();
        if (key.EndsWith(')') && key.LastIndexOf('(') is > 0 and int open)
        {
            key = key[..open];
        }

        return key.EndsWith('%') && key.Length > 1 ? key[..^1] : key;
    }

    private static Dictionary<string, string> Build(params (string Column, string[] Aliases)[] columns)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, aliases) in columns)
        {
            foreach (string alias in aliases)
            {
                map.Add(Key(alias), column);
            }
        }

        return map;
    }
}
