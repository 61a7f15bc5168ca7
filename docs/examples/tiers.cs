#:project ../../src/Taizhou.Metrics.IO/Taizhou.Metrics.IO.csproj
// Tiers and the "2211" programme from a firm file: each firm's tiers (航母 ≥ 100 亿元, 旗航 50-100 亿元, 上市, 瞪羚),
// the counts against the programme's 2021 targets (20, 20, 100, 100), the leader of each cluster, and the firms within
// reach of the flagship band by 2021 with the growth each needs.
//   dotnet run docs/examples/tiers.cs [firms.csv] [year]
// Without arguments it reads data/firms-2018.csv beside this file (ten made-up firms, 2015 and 2018) for 2018.
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Samples;

string path = args.Length > 0 ? args[0] : Path.Combine(Here(), "data", "firms-2018.csv");
int year = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2018;

// 1. Read: one row per firm and year; output in 亿元 and revenue in 万元 (the unit is the header's suffix). A firm is
//    placed in a cluster by its GB/T 4754-2017 class (ClusterMap.TaizhouDefault), unless the file's cluster column names one.
ClusterMap map = ClusterMap.TaizhouDefault;
EnterpriseTable firms = EnterpriseReader.Read(path, map);

// 2. Each firm's tiers in the year (a firm can hold several; a rule whose data is missing says so instead of "no").
TierRuleSet rules = TierRules.Default;
foreach (Enterprise firm in firms.Enterprises)
{
    string cluster = map.Assign(firm).Cluster.Code;
    var tiers = rules.TiersOf(firm, year).Where(t => !t.StartsWith("size_", StringComparison.Ordinal));
    Console.WriteLine($"{firm} [{cluster}]: {string.Join(", ", tiers)}");
}

// 3. The 2211 programme: the counts of the year against the targets for 2021 (gap = count - target).
var targets = TaizhouSample.Instance.TierTargets.Select(t => t.ToProgrammeTarget());
ProgrammeProgress progress = Programme.Progress(firms.Enterprises, year, rules, map, targets);
Console.WriteLine();
foreach (TierCount tier in progress.Tiers.Where(t => t.Target is not null))
{
    string unknown = tier.NotEvaluable > 0 ? $"; {tier.NotEvaluable} not evaluable (data missing)" : string.Empty;
    Console.WriteLine($"{tier}: {string.Join(", ", tier.Firms.Select(f => f.Id))}{unknown}");
}

// 4. The largest firm of each cluster by output, and the flagship pipeline: the firms below 50 亿元 and the constant
//    annual growth that takes each to 50 亿元 by 2021.
Console.WriteLine();
foreach (ClusterLeaders leaders in Programme.Leaders(firms.Enterprises, year, map, k: 1).Where(l => l.FirmCount > 0))
{
    Console.WriteLine($"{leaders.Cluster.ChineseName}: {leaders.Leaders[0]}");
}

Console.WriteLine();
TierPipeline pipeline = Programme.Pipeline(firms.Enterprises, year, TierRules.Flagship, 2021, map);
Console.WriteLine(pipeline);
foreach (PipelineCandidate candidate in pipeline.Candidates.Take(3))
{
    Console.WriteLine($"  {candidate}");
}

// The folder of this file: .NET 10 tells a file-based app where its file is (a [CallerFilePath] would name the build's
// mapped path, /_/..., in a deterministic CI build).
static string Here() => AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
