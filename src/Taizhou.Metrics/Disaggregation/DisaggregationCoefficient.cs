using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Disaggregation;

/// <summary>
/// One regression coefficient of a regression-based disaggregation, as tempdisagg's <c>summary()</c> reports it:
/// the GLS estimate, its standard error, t value and two-sided p value.
/// </summary>
/// <remarks>
/// With m low-frequency observations and k coefficients: se = √(diag(s² (X_l′V⁻¹X_l)⁻¹)) with s² = RSS / (m − k);
/// t = estimate / se; p = 2 P(T_{m−k} &gt; |t|). The default value has a null name.
/// </remarks>
public readonly record struct DisaggregationCoefficient
{
    internal DisaggregationCoefficient(string name, double estimate, double standardError, double tValue, double pValue)
    {
        Name = name;
        Estimate = estimate;
        StandardError = standardError;
        TValue = tValue;
        PValue = pValue;
    }

    /// <summary>Gets the name: <c>(Intercept)</c> for the constant, otherwise the indicator's series name (or <c>x1</c>, <c>x2</c>… when it has none).</summary>
    public string Name { get; }

    /// <summary>Gets the GLS estimate β.</summary>
    public double Estimate { get; }

    /// <summary>Gets the standard error of the estimate.</summary>
    public double StandardError { get; }

    /// <summary>Gets the t value, estimate / standard error.</summary>
    public double TValue { get; }

    /// <summary>Gets the two-sided p value of the t value with m − k degrees of freedom.</summary>
    public double PValue { get; }

    /// <summary>Returns <c>name = estimate (se)</c>, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Rounding.InvariantText, $"{Name} = {Estimate:G10} ({StandardError:G6})");
}
