using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Structure;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Writes a breakdown analysis (and its check) for people: aligned tables or markdown, in English or Chinese.</summary>
internal static class ContribText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes the analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="check">The check, or null.</param>
    /// <param name="output">The writer.</param>
    /// <param name="lang">The language of the labels (and the script of the check's identities).</param>
    /// <param name="markdown">Markdown when true.</param>
    /// <param name="period">The period of the block, named in its titles (a table with a period column), or null.</param>
    /// <param name="implied">The total's growth implied by the rows that print both 拉动 and 贡献率, or null when none does.</param>
    public static void Write(BreakdownAnalysis analysis, TableCheck? check, TextWriter output, TextLanguage lang, bool markdown, ReportingPeriod? period = null, ImpliedTotalGrowth? implied = null)
    {
        string of = period is { } named ? ": " + (lang.IsChinese() ? named.ToString(lang.ChineseNotation()) : named.ToString()) : string.Empty;
        bool zh = lang.IsChinese();
        string[] headers = lang == TextLanguage.Traditional
            ? ["部分", "上期", "本期", "增長 %", "佔比 %", "佔比變化 (百分點)", "拉動 (百分點)", "貢獻率 %"]
            : zh
            ? ["部分", "上期", "本期", "增长 %", "占比 %", "占比变化 (百分点)", "拉动 (百分点)", "贡献率 %"]
            : ["part", "previous", "current", "growth %", "share %", "share change (pp)", "contribution (pp)", "contribution rate %"];
        var table = new TextTable(lang.Pick("Shares and contributions", "结构与贡献", "結構與貢獻") + of, headers, [false, true, true, true, true, true, true, true]);
        int decimals = analysis.Parts.Append(analysis.Total).Concat(analysis.SubItems).Max(p => p.Current.Scale);
        var rows = analysis.Parts.SelectMany(p => analysis.SubItems.Where(s => s.Parent == p.Name).Prepend(p)).ToList();
        if (analysis.Remainder is not null)
        {
            rows.Add(analysis.Remainder);
        }

        rows.Add(analysis.Total);
        foreach (var p in rows)
        {
            string name = p.Kind switch
            {
                BreakdownPartKind.Remainder => zh ? "其他" : "other",
                _ => p.Parent is null ? p.Name : SubItemName(p.Name, markdown),
            };
            table.Add(
                name,
                Level(p.Previous, decimals) + (p.PreviousIsDerived ? "*" : ""),
                Level(p.Current, decimals),
                p.Growth.IsDefined ? Pct(p.Growth.GetFraction()) : "—",
                p.Share is double s ? Pct(s) : "—",
                p.ShareChange is double sc ? Pct(sc) : "—",
                p.ContributionPoints is double cp ? Pct(cp) : "—",
                p.ContributionRate is double cr ? Pct(cr) : "—");
        }

        table.Write(output, markdown);
        string bullet = markdown ? "- " : "  ";
        if (analysis.Parts.Any(p => p.PreviousIsDerived) || analysis.Total.PreviousIsDerived)
        {
            output.WriteLine(bullet + lang.Pick("* previous = current / (1 + growth), the comparable base (同口径)", "* 上期 = 本期 / (1 + 增长) (同口径基数)", "* 上期 = 本期 / (1 + 增長) (同口徑基數)"));
        }

        if (analysis.Remainder is { PreviousIsDerived: true } rem)
        {
            output.WriteLine(bullet + lang.Pick(
                $"other: the parts' comparable bases do not add up to the total's; its change ({Level(rem.Change, decimals)}) includes the non-additivity residual (levels at current prices with growth at comparable prices)",
                $"其他: 各部分的同口径基数之和与总量基数不等; 其变化 ({Level(rem.Change, decimals)}) 含非可加性残差 (如现价水平与可比价增速并用)",
                $"其他: 各部分的同口徑基數之和與總量基數不等; 其變化 ({Level(rem.Change, decimals)}) 含非可加性殘差 (如現價水平與可比價增速並用)"));
        }

        output.WriteLine(bullet + lang.Pick("Σ contributions = ", "Σ 拉动 = ", "Σ 拉動 = ") + (analysis.SumOfContributionPoints is double sp ? Pct(sp) + Points(lang) : "—") + lang.Pick("; total growth = ", "; 总量增长 = ", "; 總量增長 = ") + (analysis.Total.Growth.IsDefined ? Pct(analysis.Total.Growth.GetFraction()) + " %" : "—"));
        if (analysis.SumOfRealContributionPoints is double real)
        {
            output.WriteLine(bullet + lang.Pick("Σ real contributions (previous nominal weights × real growth) = ", "Σ 实际拉动 (上期名义权重 × 实际增长) = ", "Σ 實際拉動 (上期名義權重 × 實際增長) = ") + Pct(real) + Points(lang)
                + (analysis.RealResidual is double res ? lang.Pick("; residual against the published real growth = ", "; 与公布实际增长之差 = ", "; 與公佈實際增長之差 = ") + Pct(res) + Points(lang) : string.Empty));
        }

        if (implied is not null)
        {
            output.WriteLine(bullet + ImpliedLine(implied, lang));
        }

        output.WriteLine();
        if (check is not null)
        {
            WriteFindings(check, output, lang, markdown, of);
        }
    }

    /// <summary>
    /// Writes a contribution table without levels: each part's 贡献率 and 拉动 as printed with the total's growth each
    /// implies (拉动 / 贡献率), the printed growth, the intersection of the implied growths, and the check's findings.
    /// </summary>
    /// <param name="parts">The table's rows, as read.</param>
    /// <param name="result">The check of the table (or one period of it).</param>
    /// <param name="showFindings">Whether to write the findings (--check).</param>
    /// <param name="output">The writer.</param>
    /// <param name="lang">The language.</param>
    /// <param name="markdown">Markdown when true.</param>
    /// <param name="period">The period of the block, or null.</param>
    public static void WriteLevelFree(IReadOnlyList<ContributionRow> parts, ContributionTableCheck result, bool showFindings, TextWriter output, TextLanguage lang, bool markdown, ReportingPeriod? period)
    {
        string of = period is { } named ? ": " + (lang.IsChinese() ? named.ToString(lang.ChineseNotation()) : named.ToString()) : string.Empty;
        string[] headers = lang == TextLanguage.Traditional
            ? ["部分", "貢獻率 %", "拉動 (百分點)", "隱含總體增速 %", "區間"]
            : lang.IsChinese()
            ? ["部分", "贡献率 %", "拉动 (百分点)", "隐含总体增速 %", "区间"]
            : ["part", "contribution rate %", "contribution (pp)", "implied total growth %", "range"];
        var table = new TextTable(lang.Pick("Contribution rates and contributions (no levels)", "贡献率与拉动 (无总量)", "貢獻率與拉動 (無總量)") + of, headers, [false, true, true, true, true]);
        var implied = result.ImpliedTotalGrowth.Rows.ToDictionary(r => r.Row, StringComparer.Ordinal);
        foreach (var row in parts.Where(p => p.Parent is null).SelectMany(p => parts.Where(s => s.Parent == p.Name).Prepend(p)))
        {
            string g = "—", range = "—";
            if (implied.TryGetValue(row.Name, out var r))
            {
                if (r.Growth is { } e)
                {
                    g = Pct(e.Estimate);
                    range = $"[{Pct(e.Bounds.Lower)}, {Pct(e.Bounds.Upper)}]";
                }
                else
                {
                    g = lang.Pick("no bound", "无界", "無界");
                }
            }

            table.Add(row.Parent is null ? row.Name : SubItemName(row.Name, markdown), row.RatePercent?.ToString() ?? "—", row.Points?.ToString() ?? "—", g, range);
        }

        table.Write(output, markdown);
        string bullet = markdown ? "- " : "  ";
        output.WriteLine(bullet + lang.Pick("total growth (printed) = ", "总体增速 (公布) = ", "總體增速 (公佈) = ") + (result.TotalGrowthPercent is { } printed ? printed + " %" : lang.Pick("not printed", "未公布", "未公佈")));
        output.WriteLine(bullet + ImpliedLine(result.ImpliedTotalGrowth, lang));
        output.WriteLine();
        if (showFindings)
        {
            WriteFindings(result.Check, output, lang, markdown, of);
        }
    }

    /// <summary>
    /// The implied total growth in words: <c>implied total growth 7.50% [7.44, 7.57]</c> (隐含总体增速), or the two rows
    /// whose intervals do not meet and by how much, or that no row bounds it.
    /// </summary>
    /// <param name="implied">The implied growth.</param>
    /// <param name="lang">The language.</param>
    /// <returns>The line, without a bullet.</returns>
    public static string ImpliedLine(ImpliedTotalGrowth implied, TextLanguage lang)
    {
        if (implied.Bounds is { } b)
        {
            int n = implied.Rows.Count(r => r.IsBounded);
            return lang.Pick("implied total growth ", "隐含总体增速 ", "隱含總體增速 ") + Pct(b.Midpoint) + "% [" + Pct(b.Lower) + ", " + Pct(b.Upper) + "]"
                + lang.Pick($" (拉动 / 贡献率 of {n} {(n == 1 ? "row" : "rows")})", $" (由 {n} 行的 拉动 / 贡献率)", $" (由 {n} 行的 拉動 / 貢獻率)");
        }

        if (implied.IsEmpty)
        {
            string rows = string.Join(", ", implied.DisagreeingRows);
            string gap = NumberText.Fixed(implied.Gap * 100.0, 3);
            return lang.Pick($"implied total growth: rows disagree ({rows}: their intervals are {gap} points apart)", $"隐含总体增速: 各行不一致 ({rows}: 区间相差 {gap} 个百分点)", $"隱含總體增速: 各行不一致 ({rows}: 區間相差 {gap} 個百分點)");
        }

        return lang.Pick("implied total growth: no row gives both 拉动 and a non-zero 贡献率", "隐含总体增速: 无行同时给出 拉动 与非零 贡献率", "隱含總體增速: 無行同時給出 拉動 與非零 貢獻率");
    }

    private static void WriteFindings(TableCheck check, TextWriter output, TextLanguage lang, bool markdown, string of)
    {
        bool zh = lang.IsChinese();
        var findings = new TextTable(
            lang.Pick("Consistency check (within rounding)", "一致性检查 (在四舍五入范围内)", "一致性檢查 (在四捨五入範圍內)") + of,
            lang == TextLanguage.Traditional ? ["行", "指標", "恆等式", "公佈", "推算", "推算區間", "偏差"]
            : zh ? ["行", "指标", "恒等式", "公布", "推算", "推算区间", "偏差"]
            : ["row", "figure", "identity", "published", "derived", "derived range", "break"],
            [false, false, false, true, true, true, true]);
        foreach (var f in check.Findings)
        {
            findings.Add(
                f.Row,
                f.Figure,
                f.GetIdentity(lang.Script()),
                NumberText.Significant(f.Published.Estimate, 6),
                NumberText.Fixed(f.Derived.Estimate, 3),
                $"[{NumberText.Fixed(f.Derived.Bounds.Lower, 3)}, {NumberText.Fixed(f.Derived.Bounds.Upper, 3)}]",
                f.IsBroken ? NumberText.Significant(f.Break, 3) : (zh ? "一致" : "ok"));
        }

        findings.Write(output, markdown);
        output.WriteLine(check.Passed
            ? lang.Pick("Every identity holds within rounding.", "全部恒等式在四舍五入范围内成立。", "全部恆等式在四捨五入範圍內成立。")
            : lang.Pick($"{check.Broken.Count()} identities break beyond rounding.", $"{check.Broken.Count()} 个恒等式超出四舍五入范围。", $"{check.Broken.Count()} 個恆等式超出四捨五入範圍。"));
    }

    /// <summary>A sub-item's name under its parent: indented in plain text, after <c>↳</c> in Markdown (which drops a cell's leading spaces).</summary>
    private static string SubItemName(string name, bool markdown) => (markdown ? "↳ " : "  ") + name;

    private static string Level(decimal value, int decimals) => NumberText.Fixed(value, decimals);

    private static string Pct(double fraction) => NumberText.Fixed(fraction * 100.0, 2);

    /// <summary>The unit of a contribution after its number: pp, or 个百分点 / 個百分點 in Chinese.</summary>
    private static string Points(TextLanguage lang) => lang.Pick(" pp", " 个百分点", " 個百分點");
}
