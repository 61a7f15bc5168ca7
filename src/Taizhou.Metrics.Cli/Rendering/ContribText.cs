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
    public static void Write(BreakdownAnalysis analysis, TableCheck? check, TextWriter output, TextLanguage lang, bool markdown, ReportingPeriod? period = null)
    {
        string of = period is { } named ? ": " + (lang.IsChinese() ? named.ToString(lang.ChineseNotation()) : named.ToString()) : string.Empty;
        bool zh = lang.IsChinese();
        string[] headers = lang == TextLanguage.Traditional
            ? ["部分", "上期", "本期", "增長 %", "佔比 %", "佔比變化 (百分點)", "拉動 (百分點)", "貢獻率 %"]
            : zh
            ? ["部分", "上期", "本期", "增长 %", "占比 %", "占比变化 (百分点)", "拉动 (百分点)", "贡献率 %"]
            : ["part", "previous", "current", "growth %", "share %", "share change (pp)", "contribution (pp)", "contribution rate %"];
        var table = new TextTable(lang.Pick("Shares and contributions", "结构与贡献", "結構與貢獻") + of, headers, [false, true, true, true, true, true, true, true]);
        int decimals = analysis.Parts.Append(analysis.Total).Max(p => p.Current.Scale);
        var rows = analysis.Parts.ToList();
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
                _ => p.Name,
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

        output.WriteLine();
        if (check is null)
        {
            return;
        }

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

    private static string Level(decimal value, int decimals) => NumberText.Fixed(value, decimals);

    private static string Pct(double fraction) => NumberText.Fixed(fraction * 100.0, 2);

    /// <summary>The unit of a contribution after its number: pp, or 个百分点 / 個百分點 in Chinese.</summary>
    private static string Points(TextLanguage lang) => lang.Pick(" pp", " 个百分点", " 個百分點");
}
