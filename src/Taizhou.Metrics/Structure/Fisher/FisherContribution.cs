using System.Globalization;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// One component's exact additive contribution (拉动) to the percent change of a chained Fisher volume index from
/// period t − 1 to t, with the weight and the volume change it is the product of.
/// </summary>
/// <remarks>
/// <para>
/// C_i = (p_i,t / PF + p_i,t−1) × (q_i,t − q_i,t−1) / Σ_j (p_j,t / PF + p_j,t−1) × q_j,t−1, where PF is the
/// aggregate's Fisher price relative (BEA; Statistics Canada 13-017-X). Equivalently C_i = w_i × g_i with the
/// weight w_i = (p_i,t / PF + p_i,t−1) × q_i,t−1 / Σ_j (…) (the weights add up to 1) and the component's volume
/// change g_i = q_i,t / q_i,t−1 − 1.
/// </para>
/// <para>
/// Representation: <see cref="PercentagePoints"/> is a fraction of the aggregate's level, as elsewhere in the
/// library: 0.0198 is 1.98 percentage points. The contributions of all components add up to the Fisher quantity
/// change, <see cref="FisherLink.QuantityChange"/>, up to rounding in the last bits.
/// </para>
/// </remarks>
public sealed class FisherContribution
{
    internal FisherContribution(string component, double percentagePoints, double weight, double volumeChange, double priceChange)
    {
        Component = component;
        PercentagePoints = percentagePoints;
        Weight = weight;
        VolumeChange = GrowthRate.FromFraction(volumeChange);
        PriceChange = GrowthRate.FromFraction(priceChange);
    }

    /// <summary>Gets the component's name.</summary>
    public string Component { get; }

    /// <summary>
    /// Gets the contribution to the aggregate's volume change, as a fraction (0.0198 = 1.98 percentage points):
    /// C_i = (p_i,t / PF + p_i,t−1)(q_i,t − q_i,t−1) / Σ_j (p_j,t / PF + p_j,t−1) q_j,t−1. Always finite.
    /// </summary>
    public double PercentagePoints { get; }

    /// <summary>
    /// Gets the component's weight in the link: (p_i,t / PF + p_i,t−1) q_i,t−1 / Σ_j (p_j,t / PF + p_j,t−1) q_j,t−1,
    /// between 0 and 1; the weights of all components add up to 1 and <see cref="PercentagePoints"/> is the weight
    /// times <see cref="VolumeChange"/>.
    /// </summary>
    public double Weight { get; }

    /// <summary>Gets the component's own volume change q_i,t / q_i,t−1 − 1 (always defined: quantities are positive).</summary>
    public GrowthRate VolumeChange { get; }

    /// <summary>Gets the component's own price change p_i,t / p_i,t−1 − 1 (always defined: prices are positive).</summary>
    public GrowthRate PriceChange { get; }

    /// <summary>Returns the name and the contribution in percentage points, such as <c>A: +1.98 pp</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(Rounding.InvariantText, $"{Component}: {PercentagePoints * 100.0:+0.00;-0.00;0.00} pp");
}
