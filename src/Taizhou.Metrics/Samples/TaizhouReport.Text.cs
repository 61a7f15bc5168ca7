using System.Globalization;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Samples;

/// <content>The report's headline figures as text for people: a one-line summary, plain text, Markdown and a notebook's HTML.</content>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed partial class TaizhouReport : ITabular
{
    /// <summary>
    /// Returns a one-line summary: <c>Taizhou 2018-H1: clusters 1042.27 亿元, +26.7%; 2021 target 5000.00 亿元 needs +34.0% a year, off track</c>.
    /// Levels to two decimals, rates to one, rounded 四舍五入, invariant culture.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        Rounding.InvariantText,
        $"Taizhou {Period}: clusters {Level(ClusterOutput)}, {ClusterGrowth}; {TargetYear} target {Level(Target)} needs {RequiredGrowth} a year, {(OnTrack ? "on track" : "off track")}");

    /// <summary>
    /// Returns the headline figures as an aligned plain-text table: <see cref="ToString()"/> on the first line, then one
    /// line per figure (English, the Chinese term in parentheses) with its value: the clusters' output, growth and
    /// contribution (拉动), the implied bases and increase, the full-year estimate, the target, the required growth, the
    /// projection at the current growth and its gap. Invariant culture.
    /// </summary>
    /// <returns>The table; lines end with '\n'.</returns>
    public string ToTextTable() => ToTable().ToText();

    /// <summary>Returns the headline figures as a Markdown table (the same cells as <see cref="ToTextTable"/>), the summary as a paragraph above.</summary>
    /// <returns>The Markdown; lines end with '\n'.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    TextTable ITabular.ToTable() => ToTable();

    internal TextTable ToTable()
    {
        string year = TargetYear.ToString(CultureInfo.InvariantCulture);
        string baseYear = BasePeriod.ToString();
        var table = new TextTable(ToString(), ("figure", false), ("value", true));
        table.Add($"cluster output (七大千亿产业产值) {Period}", Level(ClusterOutput));
        table.Add("growth (同比)", ClusterGrowth.ToString());
        table.Add("contribution to the city's growth (拉动), points", Rounding.Format(ClusterContribution * 100, 1));
        table.Add($"implied cluster output {baseYear}", Level(ImpliedClusterBase));
        table.Add("increase", Level(ClusterIncrease));
        table.Add($"implied city above-scale output (规上工业总产值) {baseYear}", Level(ImpliedCityBase));
        table.Add($"full year {FullYearEstimate.Year} estimate", Rounding.Format(FullYearEstimate.Value, 2) + " " + ClusterOutput.Unit.ChineseSymbol);
        table.Add($"target {year}", Level(Target));
        table.Add($"required annual growth to {year}", RequiredGrowth.ToString());
        table.Add($"{year} at the current growth", Level(ProjectedAtCurrentGrowth));
        table.Add($"gap to the target ({(OnTrack ? "on track" : "off track")})", Level(ProjectedGap));
        return table;
    }

    private static string Level(Amount amount) => Rounding.Format(amount.Value, 2) + " " + amount.Unit.ChineseSymbol;
}
