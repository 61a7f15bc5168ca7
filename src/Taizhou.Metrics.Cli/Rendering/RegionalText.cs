using System.Globalization;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Structure;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Writes the regional indices for people: an undefined index prints as a dash, never NaN.</summary>
internal static class RegionalText
{
    private const string Dash = "—";

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    /// <param name="lang">The language of the labels.</param>
    /// <param name="markdown">Markdown output.</param>
    public static void Write(RegionalReport report, TextWriter output, TextLanguage lang, bool markdown)
    {
        bool zh = lang.IsChinese();
        string reference = report.Reference is { } name
            ? name
            : lang.Pick("the sum of the regions", "各地区合计", "各地區合計");
        string regionCount = report.Regions.Count.ToString(CultureInfo.InvariantCulture);
        string industryCount = report.IndustryRows.Count.ToString(CultureInfo.InvariantCulture);
        string title = zh
            ? $"{report.Source}: {lang.Zh("区域指标", "區域指標")}, {regionCount} {lang.Zh("个地区", "個地區")} × {industryCount} {lang.Zh("个行业", "個行業")}, {lang.Zh("参照", "參照")}: {reference}"
            : $"{report.Source}: regional indices, {regionCount} regions × {industryCount} industries, reference: {reference}";
        output.WriteLine(markdown ? "# " + title : title);
        output.WriteLine();

        string cut = report.Cut == LocationQuotientCut.AtLeast ? "LQ ≥ 1" : "LQ > 1";
        var regions = new TextTable(
            lang.Pick("Regions", "地区", "地區"),
            zh
                ? [lang.Zh("地区", "地區"), lang.Zh("总量", "總量"), lang.Zh("克鲁格曼专业化指数", "克魯格曼專業化指數"), lang.Zh("哈奇曼指数", "哈奇曼指數"), $"{lang.Zh("多样性", "多樣性")} ({cut})", lang.Zh("香农熵 (比特)", "香農熵 (位元)")]
                : ["region", "total", "Krugman specialisation", "Hachman", $"diversity ({cut})", "entropy (bits)"],
            [false, true, true, true, true, true]);
        foreach (var r in report.Regions)
        {
            regions.Add(r.Region, Level(r.Total), Index(r.Krugman), Index(r.Hachman), Count(r.Diversity), Index(r.Entropy));
        }

        regions.Write(output, markdown);

        string gini = report.GiniMethod == LocationalGiniMethod.Krugman
            ? lang.Pick("locational Gini (Krugman)", "区位基尼系数 (克鲁格曼)", "區位基尼係數 (克魯格曼)")
            : lang.Pick("locational Gini (of LQs)", "区位基尼系数 (区位商)", "區位基尼係數 (區位商)");
        var industries = new TextTable(
            lang.Pick("Industries", "行业", "行業"),
            zh
                ? [lang.Zh("行业", "行業"), lang.Zh("参照水平", "參照水平"), lang.Zh("占比", "佔比"), $"{lang.Zh("普遍性", "普遍性")} ({cut})", gini]
                : ["industry", "reference level", "share", $"ubiquity ({cut})", gini],
            [false, true, true, true, true]);
        foreach (var i in report.IndustryRows)
        {
            industries.Add(i.Industry, Level(i.ReferenceLevel), i.Share is double s ? NumberText.Percent(s, 1) : Dash, Count(i.Ubiquity), Index(i.LocationalGini));
        }

        industries.Add(lang.Pick("total", "合计", "合計"), Level(report.ReferenceTotal), report.ReferenceTotal == 0.0 ? Dash : NumberText.Percent(1.0, 1), string.Empty, string.Empty);
        industries.Write(output, markdown);

        var quotients = new TextTable(
            lang.Pick("Location quotients", "区位商", "區位商"),
            [lang.Pick("region", "地区", "地區"), .. report.Industries],
            [false, .. report.Industries.Select(_ => true)]);
        foreach (var r in report.Regions)
        {
            quotients.Add([r.Region, .. r.Quotients.Select(q => q is double v ? NumberText.Fixed(v, 3) : Dash)]);
        }

        quotients.Write(output, markdown);

        if (report.ShiftShares is { } shifts)
        {
            var shift = new TextTable(
                lang.Pick("Shift-share (Dunn; Esteban-Marquillas split of the regional shift)", "偏离-份额分析 (Dunn; 竞争力偏离分量按 Esteban-Marquillas 分解)", "偏離-份額分析 (Dunn; 競爭力偏離分量按 Esteban-Marquillas 分解)"),
                zh
                    ? [lang.Zh("地区", "地區"), lang.Zh("基期", "基期"), lang.Zh("本期", "本期"), lang.Zh("增长量", "增長量"), lang.Zh("份额分量", "份額分量"), lang.Zh("产业结构偏离分量", "產業結構偏離分量"), lang.Zh("竞争力偏离分量", "競爭力偏離分量"), lang.Zh("竞争效应", "競爭效應"), lang.Zh("配置效应", "配置效應")]
                    : ["region", "start", "end", "change", "national share", "industry mix", "regional shift", "competitive", "allocation"],
                [false, true, true, true, true, true, true, true, true]);
            foreach (var s in shifts)
            {
                shift.Add(s.Region, Level(s.StartTotal), Level(s.EndTotal), Signed(s.Dunn.ActualChange), Signed(s.Dunn.NationalShare), Signed(s.Dunn.IndustryMix), Signed(s.Dunn.RegionalShift), Signed(s.Esteban.CompetitiveEffect), Signed(s.Esteban.AllocationEffect));
            }

            shift.Write(output, markdown);
        }

        if (report.Projection is { } projection)
        {
            var table = new TextTable(
                lang.Pick("Shift-share projection (reference's projected levels; regional index of the past period carried forward)", "偏离-份额预测 (参照区预测水平; 沿用基期至本期的区域指数)", "偏離-份額預測 (參照區預測水平; 沿用基期至本期的區域指數)"),
                [lang.Pick("region", "地区", "地區"), lang.Pick("regional index", "区域指数", "區域指數"), .. report.Industries, lang.Pick("total", "合计", "合計")],
                [false, true, .. report.Industries.Select(_ => true), true]);
            table.Add([lang.Pick("reference", "参照区", "參照區"), string.Empty, .. projection.ReferenceProjected.Select(Level), Level(projection.ReferenceProjected.Sum())]);
            foreach (var (region, result) in projection.Regions)
            {
                table.Add([region, Index(result.Past.RegionalShift), .. result.Levels.Select(l => l is double v ? Level(v) : Dash), result.Total is double t ? Level(t) : Dash]);
            }

            table.Write(output, markdown);
        }
    }

    private static string Level(double value) => NumberText.Fixed(value, 2);

    private static string Signed(double value) => NumberText.Signed(value, 2);

    private static string Index(double? value) => value is double v ? NumberText.Fixed(v, 4) : Dash;

    private static string Count(int? value) => value is int v ? v.ToString(CultureInfo.InvariantCulture) : Dash;
}
