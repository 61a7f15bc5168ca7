using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using static Taizhou.Metrics.Tests.Targets.AnnualSeries;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary>
/// Tests of the <see cref="Taizhou.Metrics.Targets.Project"/> facade, split by method (ConstantGrowth, LogLinear,
/// Holt) and input validation. Expected values come from statsmodels_holt_projection.json,
/// targets_projection_average_growth.json, hand calculations written out in each test, and series generated with
/// known parameters.
/// </summary>
public partial class ProjectTest
{
    /// <summary>The two-sided 95 % Student-t quantile on 1 degree of freedom, t(0.975, 1), from a printed table.</summary>
    private const double T975With1Df = 12.706204736174707;

    /// <summary>The two-sided 95 % normal quantile, z(0.975).</summary>
    private const double Z975 = 1.959963984540054;

    private static void AssertClose(double expected, double actual, double tolerance, string what) =>
        Xunit.Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected:R}, got {actual:R} (tolerance {tolerance:R}).");
}
