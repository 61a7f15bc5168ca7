#:project ../../src/Taizhou.Metrics.Charts/Taizhou.Metrics.Charts.csproj
using System;
using System.IO;
using Taizhou.Metrics.Charts;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;

// Industrial output (规上工业, 亿元) of five industries in two years; the total is given, so "其他" is the rest.
static BreakdownRow Row(string name, decimal previous, decimal current) =>
    new(name, PublishedValue.Of(current), PublishedValue.Of(previous));

var analysis = Breakdown.Analyse(
[
    Row("汽车制造业", 820m, 905m),
    Row("电气机械和器材制造业", 610m, 668m),
    Row("医药制造业", 420m, 452m),
    Row("化学原料和化学制品制造业", 390m, 371m),
    Row("通用设备制造业", 300m, 322m),
], Row("规上工业", 3100m, 3350m));

// Simplified Chinese: the chart picks an installed CJK font (or refuses with ChartFontException: never empty boxes).
var chart = ContributionChart.Draw(analysis, new ChartOptions { Language = ChartLanguage.Chinese });
string folder = Directory.CreateTempSubdirectory("charts-").FullName;
File.WriteAllBytes(Path.Combine(folder, "contributions.png"), chart.ToPng());
File.WriteAllText(Path.Combine(folder, "contributions.svg"), chart.ToSvg());

Console.WriteLine(chart.Title);
Console.WriteLine($"font: {chart.Font.FamilyName}");
Console.WriteLine($"written to {folder}");
