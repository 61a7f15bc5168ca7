using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Taizhou.Metrics.Rates;
using Xunit;

namespace Taizhou.Metrics.Tests.Display;

/// <summary>
/// No public property getter of the core throws: a notebook's display, a debugger and a reflection-based serializer
/// read every property of a value, and one throwing getter turned a displayed <c>TimeSeries</c> into pages of
/// exception dumps (issue 11). Walks every representative instance and everything reachable from it through public
/// properties and enumerations.
/// </summary>
public class PropertyGetterTest
{
    [Fact]
    public void EveryPublicGetter_OfEveryReachableInstance_Returns()
    {
        var failures = new SortedSet<string>(StringComparer.Ordinal);
        var reached = new HashSet<Type>();
        Walk(Representatives.All(), failures, reached);

        Assert.True(failures.Count == 0, "Getters that throw:\n" + string.Join("\n", failures));

        // The walk must reach the types a notebook displays, or the test above would pass vacuously.
        foreach (var name in new[] { "TimeSeries", "Observation", "GrowthRate", "BreakdownAnalysis", "BreakdownPart", "BreakdownRow", "Projection", "ProjectedPoint", "TargetGap", "RequiredGrowth", "FullYearEstimate", "ReportingPeriod", "PublishedValue", "Amount", "TaizhouReport" })
        {
            Assert.Contains(reached, t => t.Name == name);
        }
    }

    [Fact]
    public void Walk_ReportsAThrowingGetter()
    {
        // The walk itself finds a throwing getter (guards against a walk that catches nothing).
        var failures = new SortedSet<string>(StringComparer.Ordinal);
        Walk([new Throwing()], failures, []);
        Assert.Equal(["Throwing.Broken: InvalidOperationException: no"], failures);
    }

    private static void Walk(IEnumerable<object> roots, SortedSet<string> failures, HashSet<Type> reached)
    {
        var core = typeof(GrowthRate).Assembly;
        ObjectWalk.Walk(
            roots,
            type => type.Assembly == core || type == typeof(Throwing),
            value => reached.Add(value.GetType()),
            (value, property) =>
            {
                try
                {
                    return property.GetValue(value);
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    // One line per getter (the first instance that broke it), not per instance.
                    string getter = $"{value.GetType().Name}.{property.Name}:";
                    if (!failures.Any(f => f.StartsWith(getter, StringComparison.Ordinal)))
                    {
                        failures.Add($"{getter} {e.InnerException.GetType().Name}: {e.InnerException.Message}");
                    }

                    return null;
                }
            });
    }

    private sealed class Throwing
    {
        private readonly int value = int.Parse("0", System.Globalization.CultureInfo.InvariantCulture);

        public int Broken => value == 0 ? throw new InvalidOperationException("no") : value;
    }
}
