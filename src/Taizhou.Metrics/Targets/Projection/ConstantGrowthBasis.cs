using System;
using System.Globalization;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// Which past growth a constant-growth projection carries forward: the latest period-on-period growth (for annual
/// data the latest year-on-year growth, 上年增速) or the geometric average growth of the last k periods (水平法).
/// </summary>
/// <remarks>
/// <para>
/// Over the last k periods the rate is g = (y_n / y_{n−k})^(1/k) − 1; the latest growth is the case k = 1. The rate
/// is per period of the series (a year for annual data, a quarter for quarterly data).
/// </para>
/// <para>The default value is <see cref="Latest"/>.</para>
/// </remarks>
public readonly struct ConstantGrowthBasis : IEquatable<ConstantGrowthBasis>
{
    // Stored as k − 1 so that the default value means the latest growth (k = 1).
    private readonly int extraPeriods;

    private ConstantGrowthBasis(int periods) => extraPeriods = periods - 1;

    /// <summary>Gets the basis that carries forward the latest period-on-period growth, y_n / y_{n−1} − 1.</summary>
    public static ConstantGrowthBasis Latest => default;

    /// <summary>Gets the number k of past growth periods averaged; 1 for <see cref="Latest"/>.</summary>
    public int Periods => extraPeriods + 1;

    /// <summary>Gets whether this is the latest growth alone (k = 1), which has no dispersion and so no intervals.</summary>
    public bool IsLatest => extraPeriods == 0;

    /// <summary>
    /// Creates the basis that carries forward the geometric average growth of the last <paramref name="periods"/>
    /// periods (水平法): (y_n / y_{n−k})^(1/k) − 1. It needs k + 1 consecutive observations.
    /// </summary>
    /// <param name="periods">The number of growth periods k, at least 1 (1 is <see cref="Latest"/>).</param>
    /// <returns>The basis.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periods"/> is less than 1.</exception>
    public static ConstantGrowthBasis AverageOfLast(int periods) => periods >= 1
        ? new ConstantGrowthBasis(periods)
        : throw new ArgumentOutOfRangeException(nameof(periods), periods, "The number of growth periods averaged must be at least 1.");

    /// <summary>Returns "latest" or "average of the last k periods".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsLatest
        ? "latest"
        : string.Create(CultureInfo.InvariantCulture, $"average of the last {Periods} periods");

    /// <summary>Returns whether two bases average the same number of periods.</summary>
    /// <param name="other">The other basis.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ConstantGrowthBasis other) => extraPeriods == other.extraPeriods;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ConstantGrowthBasis b && Equals(b);

    /// <inheritdoc/>
    public override int GetHashCode() => extraPeriods;

    /// <summary>Returns whether two bases are equal.</summary>
    /// <param name="left">The first basis.</param>
    /// <param name="right">The second basis.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ConstantGrowthBasis left, ConstantGrowthBasis right) => left.Equals(right);

    /// <summary>Returns whether two bases differ.</summary>
    /// <param name="left">The first basis.</param>
    /// <param name="right">The second basis.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ConstantGrowthBasis left, ConstantGrowthBasis right) => !left.Equals(right);
}
