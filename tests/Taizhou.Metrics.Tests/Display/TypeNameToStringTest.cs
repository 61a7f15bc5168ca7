using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Tests.Enterprises;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Display;

/// <summary>
/// No public class or record of the core prints its type name: a result written to a console, a log or a notebook's
/// text output says what it holds (issue 11: "a <c>BreakdownAnalysis</c> prints its table, not its type name"). Walks
/// the representatives, enterprise results computed from a few firms, and everything reachable from them.
/// </summary>
public class TypeNameToStringTest
{
    [Fact]
    public void NoReachablePublicType_PrintsItsTypeName()
    {
        var failures = new SortedSet<string>(StringComparer.Ordinal);
        var reached = new HashSet<Type>();
        Walk(Representatives.All().Concat(EnterpriseResults()), failures, reached);

        Assert.True(failures.Count == 0, "ToString() gives the type name:\n" + string.Join("\n", failures));

        // The walk must reach the result types, or the test above would pass vacuously.
        foreach (var name in new[] { "TaizhouReport", "ComparableBasisRestatement", "ClusterConcentration", "ClusterLeaders", "EntryExitDecomposition", "ComparableAggregate", "ReconciledFlows", "TierPipeline", "ClusterMap", "TierRuleSet" })
        {
            Assert.Contains(reached, t => t.Name == name);
        }
    }

    [Fact]
    public void Walk_ReportsATypeThatPrintsItsName()
    {
        var failures = new SortedSet<string>(StringComparer.Ordinal);
        Walk([new Nameless()], failures, []);
        Assert.Equal([typeof(Nameless).FullName!], failures);
    }

    /// <summary>Enterprise and series results a notebook would hold, computed from three firms.</summary>
    internal static IEnumerable<object> EnterpriseResults()
    {
        Enterprise[] firms =
        [
            Firms.Make("F1", [(2017, 4m), (2018, 5m)], code: "3670", cluster: TaizhouClusters.Auto),
            Firms.Make("F2", [(2017, 2m), (2018, 3m)], code: "3670", cluster: TaizhouClusters.Auto),
            Firms.Make("F3", [(2018, 1m)], code: "3670", cluster: TaizhouClusters.Auto),
        ];
        var map = ClusterMap.TaizhouDefault;
        yield return map;
        yield return TierRules.Default;
        yield return FirmAggregation.Comparable(firms, EnterpriseMeasure.Output, 2018, null, MetricUnit.YiYuan);
        yield return FirmAggregation.Concentration(firms, 2018, map, TaizhouClusters.Auto, 2, MetricUnit.YiYuan);
        foreach (var leaders in Programme.Leaders(firms, 2018, map, 2))
        {
            yield return leaders;
        }

        yield return Programme.Pipeline(firms, 2018, TierRules.AboveDesignatedSize, 2020, map);
        yield return ComparableBasis.Restate(PublishedValue.Of(100m), PublishedValue.Of(120m), PublishedValue.Of(15m));
        var ytd = TimeSeries.FromValues(SeriesKind.Cumulative, MetricUnit.YiYuan, [ReportingPeriod.YearToDate(2018, 1), ReportingPeriod.YearToDate(2018, 2), ReportingPeriod.YearToDate(2018, 3)], [10m, 21m, 33m], "output");
        yield return ytd.ToFlow(TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [ReportingPeriod.Month(2018, 1), ReportingPeriod.Month(2018, 2), ReportingPeriod.Month(2018, 3)], [10m, 11m, 13m], "output"));
    }

    private static void Walk(IEnumerable<object> roots, SortedSet<string> failures, HashSet<Type> reached)
    {
        var core = typeof(GrowthRate).Assembly;
        ObjectWalk.Walk(
            roots,
            type => (type.Assembly == core && type.IsPublic && !type.IsEnum && !type.IsArray) || type == typeof(Nameless),
            value =>
            {
                var type = value.GetType();
                reached.Add(type);
                if (value.ToString() == type.FullName)
                {
                    failures.Add(type.FullName!);
                }
            },
            (value, property) => property.GetValue(value));
    }

    /// <summary>A public type without a ToString override (the walk must report it).</summary>
    public sealed class Nameless
    {
        /// <summary>Gets a value.</summary>
        public int Value { get; } = 1;
    }
}
