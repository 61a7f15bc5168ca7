using System.Globalization;
using System.IO;
using Taizhou.Metrics.Disaggregation;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Writes a disaggregation for people (a table or Markdown) and as <c>period,value</c> CSV.</summary>
internal static class DisaggText
{
    /// <summary>Writes <c>period,value</c>, every value at full double precision (shortest round-trip form).</summary>
    /// <param name="result">The result (from a series).</param>
    /// <param name="output">The writer.</param>
    public static void WriteCsv(DisaggregationResult result, TextWriter output)
    {
        var series = result.Series!;
        output.Write("period,value\n");
        for (int i = 0; i < result.Values.Length; i++)
        {
            output.Write(series.Observations[i].Period.ToString());
            output.Write(',');
            output.Write(result.Values[i].ToString("R", CultureInfo.InvariantCulture));
            output.Write('\n');
        }
    }

    /// <summary>Writes the values and, for a regression, the coefficients and the fit statistics.</summary>
    /// <param name="result">The result (from a series).</param>
    /// <param name="output">The writer.</param>
    /// <param name="lang">The language of the labels.</param>
    /// <param name="markdown">Markdown output.</param>
    public static void Write(DisaggregationResult result, TextWriter output, TextLanguage lang, bool markdown)
    {
        var series = result.Series!;
        bool zh = lang.IsChinese();
        string unit = series.Unit.GetChineseSymbol(lang.Script());
        string title = $"{series.Name}: {lang.Pick("temporal disaggregation", "时间分解", "時間分解")} ({result.Options})";
        output.WriteLine(markdown ? "# " + title : title);
        output.WriteLine();
        var values = new TextTable(
            lang.Pick("High-frequency values", "高频数值", "高頻數值"),
            zh ? [lang.Zh("期间", "期間"), $"数值 ({unit})", lang.Zh("说明", "說明")] : ["period", $"value ({unit})", "note"],
            [false, true, false]);
        for (int i = 0; i < result.Values.Length; i++)
        {
            string note = i < result.BackcastCount ? lang.Pick("retropolated", "回推", "回推")
                : i >= result.Values.Length - result.ForecastCount ? lang.Pick("extrapolated", "外推", "外推")
                : string.Empty;
            values.Add(series.Observations[i].Period.ToString(), NumberText.Significant(result.Values[i], 8), note);
        }

        values.Write(output, markdown);
        if (result.Rho is not double rho)
        {
            return;
        }

        var coefficients = new TextTable(
            lang.Pick("Regression", "回归系数", "迴歸係數"),
            zh ? ["变量", "估计值", "标准误", "t 值", "p 值"] : ["variable", "estimate", "std. error", "t", "p"],
            [false, true, true, true, true]);
        foreach (var c in result.Coefficients)
        {
            coefficients.Add(c.Name, NumberText.Significant(c.Estimate, 7), NumberText.Significant(c.StandardError, 5), NumberText.Significant(c.TValue, 4), NumberText.Significant(c.PValue, 3));
        }

        coefficients.Write(output, markdown);
        var fit = new TextTable(lang.Pick("Fit", "拟合统计", "擬合統計"), zh ? [lang.Zh("指标", "指標"), lang.Zh("数值", "數值")] : ["figure", "value"], [false, true]);
        fit.Add("ρ", NumberText.Significant(rho, 6) + (result.RhoTruncated ? lang.Pick(" (truncated)", " (截断)", " (截斷)") : string.Empty));
        fit.Add(lang.Pick("log-likelihood", "对数似然", "對數似然"), Optional(result.LogLikelihood));
        fit.Add("AIC", Optional(result.Aic));
        fit.Add("BIC", Optional(result.Bic));
        fit.Add("R²", Optional(result.RSquared));
        fit.Add(lang.Pick("adjusted R²", "调整 R²", "調整 R²"), Optional(result.AdjustedRSquared));
        fit.Write(output, markdown);
    }

    private static string Optional(double? value) => value is double v ? NumberText.Significant(v, 6) : "—";
}
