namespace Taizhou.Metrics.Structure;

/// <summary>
/// One industry's line of an Esteban-Marquillas shift-share analysis: the Dunn line, the homothetic level, the
/// specialisation and the components with the regional shift split into competitive and allocation effects.
/// </summary>
/// <remarks>
/// e′ = E₀ nᵢ₀ / N₀; C = e′ (e₁ / e₀ − rᵢ); A = (e₀ − e′)(e₁ / e₀ − rᵢ). With e₀ = 0: C = e₁ (the Dunn regional
/// shift) and A = 0, never ±Inf. See <see cref="EstebanMarquillasComponents"/>.
/// </remarks>
public sealed class EstebanMarquillasIndustry
{
    internal EstebanMarquillasIndustry(IndustryShift dunn, double homotheticLevel, EstebanMarquillasComponents components)
    {
        Dunn = dunn;
        HomotheticLevel = homotheticLevel;
        Components = components;
    }

    /// <summary>Gets the industry's name.</summary>
    public string Industry => Dunn.Industry;

    /// <summary>Gets the industry's Dunn line (levels, growth rates and the Dunn components).</summary>
    public IndustryShift Dunn { get; }

    /// <summary>
    /// Gets the homothetic level e′ = E₀ nᵢ₀ / N₀: the region's start level in the industry had it the reference
    /// area's industry structure.
    /// </summary>
    public double HomotheticLevel { get; }

    /// <summary>Gets the specialisation e₀ − e′: positive when the region has more of the industry than its homothetic level.</summary>
    public double Specialisation => Dunn.RegionStart - HomotheticLevel;

    /// <summary>Gets the Esteban-Marquillas components of the region's change in this industry.</summary>
    public EstebanMarquillasComponents Components { get; }

    /// <summary>Returns the industry and its components.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Industry}: {Components}";
}
