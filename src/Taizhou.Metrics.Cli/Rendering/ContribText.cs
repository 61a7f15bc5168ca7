using System.Globalization;
using System.IO;
using System.Linq;
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
    /// <param name="zh">Chinese labels when true.</param>
    /// <param name="markdown">Markdown when true.</param>
    public static void Write(BreakdownAnalysis analysis, TableCheck? check, TextWriter output, bool zh, bool markdown)
    {
        string[] headers = zh
            ? ["部分", "上期", "本期", "增長 %", "佔比 %", "佔比變化 (百分點)", "拉動 (百分點)", "貢獻率 %"]
            : ["part", "previous", "current", "growth %", "share %", "share change (pp)", "contribution (pp)", "contribution rate %"];
        var table = new TextTable(zh ? "結構與貢獻" : "Shares and contributions", headers, [false, true, true, true, true, true, true, true]);
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
            output.WriteLine(bullet + (zh ? "* 上期 = 本期 / (1 + 增長) (同口徑基數)" : "* previous = current / (1 + growth), the comparable base (同口徑)"));
        }

        if (analysis.Remainder is { PreviousIsDerived: true } rem)
        {
            output.WriteLine(bullet + (zh
                ? $"其他: 各部分的同口徑基數之和與總量基數不等; 其變化 ({Level(rem.Change, decimals)}) 含非可加性殘差 (如現價水平與可比價增速並用)"
                : $"other: the parts' comparable bases do not add up to the total's; its change ({Level(rem.Change, decimals)}) includes the non-additivity residual (levels at current prices with growth at comparable prices)"));
        }

        output.WriteLine(bullet + (zh ? "Σ 拉動 = " : "Σ contributions = ") + (analysis.SumOfContributionPoints is double sp ? Pct(sp) + " pp" : "—") + (zh ? "; 總量增長 = " : "; total growth = ") + (analysis.Total.Growth.IsDefined ? Pct(analysis.Total.Growth.GetFraction()) + " %" : "—"));
        if (analysis.SumOfRealContributionPoints is double real)
        {
            output.WriteLine(bullet + (zh ? "Σ 實際拉動 (上期名義權重 × 實際增長) = " : "Σ real contributions (previous nominal weights × real growth) = ") + Pct(real) + " pp"
                + (analysis.RealResidual is double res ? (zh ? "; 與公佈實際增長之差 = " : "; residual against the published real growth = ") + Pct(res) + " pp" : string.Empty));
        }

        output.WriteLine();
        if (check is null)
        {
            return;
        }

        var findings = new TextTable(
            zh ? "一致性檢查 (在四捨五入範圍內)" : "Consistency check (within rounding)",
            zh ? ["行", "指標", "恆等式", "公佈", "推算", "推算區間", "偏差"] : ["row", "figure", "identity", "published", "derived", "derived range", "break"],
            [false, false, false, true, true, true, true]);
        foreach (var f in check.Findings)
        {
            findings.Add(
                f.Row,
                f.Figure,
                f.Identity,
                NumberText.Significant(f.Published.Estimate, 6),
                NumberText.Fixed(f.Derived.Estimate, 3),
                $"[{NumberText.Fixed(f.Derived.Bounds.Lower, 3)}, {NumberText.Fixed(f.Derived.Bounds.Upper, 3)}]",
                f.IsBroken ? NumberText.Significant(f.Break, 3) : (zh ? "一致" : "ok"));
        }

        findings.Write(output, markdown);
        output.WriteLine(check.Passed
            ? (zh ? "全部恆等式在四捨五入範圍內成立。" : "Every identity holds within rounding.")
            : (zh ? $"{check.Broken.Count()} 個恆等式超出四捨五入範圍。" : $"{check.Broken.Count()} identities break beyond rounding."));
    }

    private static string Level(decimal value, int decimals) => NumberText.Fixed(value, decimals);

    private static string Pct(double fraction) => NumberText.Fixed(fraction * 100.0, 2);
}
