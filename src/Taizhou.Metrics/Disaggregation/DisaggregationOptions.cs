using System;
using System.Globalization;

namespace Taizhou.Metrics.Disaggregation;

/// <summary>
/// The method of a temporal disaggregation (时间分解) or benchmarking (基准化) and its settings, with the defaults of
/// R's tempdisagg: created by the factories named for the methods (<see cref="ChowLin"/>, <see cref="Fernandez"/>,
/// <see cref="Litterman"/>, <see cref="Ols"/>, <see cref="Denton"/>, <see cref="DentonCholette"/>,
/// <see cref="Uniform"/>) and adjusted by the <c>With…</c> methods. Immutable and validated at construction.
/// </summary>
/// <remarks>
/// <para>Defaults, as in <c>td()</c>: conversion by sum; a constant in the regression (<c>y ~ x</c>); ρ estimated by
/// maximum likelihood and truncated at 0 from below; for the Denton methods the proportional criterion with h = 1.</para>
/// <para>The regression methods take any number of indicators (with the constant, or only the constant when there is
/// none: <c>y ~ 1</c>). The Denton methods and <see cref="Uniform"/> take one indicator used as it is (no constant,
/// <c>y ~ 0 + x</c>), or none (a constant indicator, <c>y ~ 1</c>).</para>
/// </remarks>
public sealed class DisaggregationOptions
{
    private DisaggregationOptions(
        DisaggregationMethod method,
        RhoEstimation? rhoEstimation,
        double? fixedRho,
        double? truncatedRho,
        DentonCriterion? criterion,
        int? h,
        DisaggregationConversion conversion,
        bool includeConstant)
    {
        Method = method;
        RhoEstimation = rhoEstimation;
        FixedRho = fixedRho;
        TruncatedRho = truncatedRho;
        Criterion = criterion;
        H = h;
        Conversion = conversion;
        IncludeConstant = includeConstant;
    }

    /// <summary>Gets tempdisagg's default: Chow-Lin with ρ by maximum likelihood, truncated at 0, sum conversion, with a constant.</summary>
    public static DisaggregationOptions Default { get; } = ChowLin();

    /// <summary>Gets the method.</summary>
    public DisaggregationMethod Method { get; }

    /// <summary>Gets how ρ is found: for Chow-Lin and Litterman; null for the other methods (Fernández and OLS have ρ = 0, Denton none).</summary>
    public RhoEstimation? RhoEstimation { get; }

    /// <summary>Gets the fixed ρ when <see cref="RhoEstimation"/> is <see cref="Disaggregation.RhoEstimation.Fixed"/>; otherwise null.</summary>
    public double? FixedRho { get; }

    /// <summary>
    /// Gets the lower bound an estimated ρ is truncated to (tempdisagg's <c>truncated.rho</c>, default 0: a negative
    /// estimate becomes 0 and the result says <see cref="DisaggregationResult.RhoTruncated"/>); null when an estimate
    /// is never truncated. Applies only when ρ is estimated.
    /// </summary>
    public double? TruncatedRho { get; }

    /// <summary>Gets the Denton criterion for <see cref="DisaggregationMethod.Denton"/>, <see cref="DisaggregationMethod.DentonCholette"/> and <see cref="DisaggregationMethod.Uniform"/> (additive); null for the regression methods.</summary>
    public DentonCriterion? Criterion { get; }

    /// <summary>Gets the order h of the differences a Denton method penalises (0 levels, 1 first differences, 2 second differences; <see cref="DisaggregationMethod.Uniform"/>: 0); null for the regression methods.</summary>
    public int? H { get; }

    /// <summary>Gets how the sub-periods make up a low-frequency value (sum by default).</summary>
    public DisaggregationConversion Conversion { get; }

    /// <summary>Gets whether a regression method adds a constant to the indicators (<c>y ~ x</c>, the default) or not (<c>y ~ 0 + x</c>); always false for the Denton methods and <see cref="DisaggregationMethod.Uniform"/>.</summary>
    public bool IncludeConstant { get; }

    /// <summary>Gets whether the method is a regression (Chow-Lin, Fernández, Litterman, OLS) rather than a Denton method or uniform.</summary>
    public bool IsRegression => Method is DisaggregationMethod.ChowLin or DisaggregationMethod.Fernandez or DisaggregationMethod.Litterman or DisaggregationMethod.Ols;

    /// <summary>Chow-Lin (tempdisagg's <c>chow-lin-maxlog</c> by default, the default method of <c>td()</c>).</summary>
    /// <param name="estimation">How ρ is found: maximum likelihood, minimum RSS (Quilis or Ecotrim) or fixed.</param>
    /// <param name="fixedRho">The ρ to use when <paramref name="estimation"/> is <see cref="Disaggregation.RhoEstimation.Fixed"/>, strictly between −1 and 1 (tempdisagg's default 0.5; its method <c>fast</c> is 0.99999).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The estimation is unknown, or the fixed ρ is not strictly between −1 and 1.</exception>
    public static DisaggregationOptions ChowLin(RhoEstimation estimation = Disaggregation.RhoEstimation.MaximumLikelihood, double fixedRho = 0.5) =>
        Autoregressive(DisaggregationMethod.ChowLin, estimation, fixedRho);

    /// <summary>Litterman (tempdisagg's <c>litterman-maxlog</c> by default).</summary>
    /// <param name="estimation">How ρ is found: maximum likelihood, minimum RSS or fixed (not <see cref="Disaggregation.RhoEstimation.MinimumRssEcotrim"/>).</param>
    /// <param name="fixedRho">The ρ to use when <paramref name="estimation"/> is <see cref="Disaggregation.RhoEstimation.Fixed"/>, strictly between −1 and 1 (default 0.5).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The estimation is unknown or Ecotrim's, or the fixed ρ is not strictly between −1 and 1.</exception>
    public static DisaggregationOptions Litterman(RhoEstimation estimation = Disaggregation.RhoEstimation.MaximumLikelihood, double fixedRho = 0.5)
    {
        if (estimation == Disaggregation.RhoEstimation.MinimumRssEcotrim)
        {
            throw new ArgumentOutOfRangeException(nameof(estimation), estimation, "The Ecotrim minimum-RSS variant is defined for Chow-Lin only; use MinimumRss for Litterman.");
        }

        return Autoregressive(DisaggregationMethod.Litterman, estimation, fixedRho);
    }

    /// <summary>Fernández: random-walk residuals, ρ = 0 in Litterman's model (tempdisagg's <c>fernandez</c>).</summary>
    /// <returns>The options.</returns>
    public static DisaggregationOptions Fernandez() => new(DisaggregationMethod.Fernandez, null, null, 0, null, null, DisaggregationConversion.Sum, true);

    /// <summary>Ordinary least squares on the aggregated data, ρ = 0 in Chow-Lin's model (tempdisagg's <c>ols</c>).</summary>
    /// <returns>The options.</returns>
    public static DisaggregationOptions Ols() => new(DisaggregationMethod.Ols, null, null, 0, null, null, DisaggregationConversion.Sum, true);

    /// <summary>The original Denton benchmarking (tempdisagg's <c>denton</c>); prefer <see cref="DentonCholette"/>, which has no transient at the start.</summary>
    /// <param name="criterion">Proportional (the default) or additive.</param>
    /// <param name="h">The order of differences, 0 to 4 (default 1).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The criterion is unknown or h is outside 0 to 4.</exception>
    public static DisaggregationOptions Denton(DentonCriterion criterion = DentonCriterion.Proportional, int h = 1) =>
        DentonMethod(DisaggregationMethod.Denton, criterion, h);

    /// <summary>Denton-Cholette benchmarking (tempdisagg's <c>denton-cholette</c>; the IMF manual's "Denton proportional" with h = 1).</summary>
    /// <param name="criterion">Proportional (the default) or additive.</param>
    /// <param name="h">The order of differences, 0 to 4 (default 1).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The criterion is unknown or h is outside 0 to 4.</exception>
    public static DisaggregationOptions DentonCholette(DentonCriterion criterion = DentonCriterion.Proportional, int h = 1) =>
        DentonMethod(DisaggregationMethod.DentonCholette, criterion, h);

    /// <summary>Uniform distribution of the residual over the sub-periods: Denton additive with h = 0 (tempdisagg's <c>uniform</c>).</summary>
    /// <returns>The options.</returns>
    public static DisaggregationOptions Uniform() => new(DisaggregationMethod.Uniform, null, null, 0, DentonCriterion.Additive, 0, DisaggregationConversion.Sum, false);

    /// <summary>Returns these options with another conversion.</summary>
    /// <param name="conversion">Sum, average, first or last.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The conversion is unknown.</exception>
    public DisaggregationOptions WithConversion(DisaggregationConversion conversion)
    {
        if (!Enum.IsDefined(conversion))
        {
            throw new ArgumentOutOfRangeException(nameof(conversion), conversion, "Unknown conversion.");
        }

        return new(Method, RhoEstimation, FixedRho, TruncatedRho, Criterion, H, conversion, IncludeConstant);
    }

    /// <summary>
    /// Returns these options with another lower bound for an estimated ρ (tempdisagg's <c>truncated.rho</c>); null
    /// never truncates (the same as tempdisagg's <c>truncated.rho = -1</c>, below the search interval).
    /// </summary>
    /// <param name="bound">The bound, from −1 to 1, or null.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The bound is outside −1 to 1 or not a number.</exception>
    public DisaggregationOptions WithTruncatedRho(double? bound)
    {
        if (bound is double b && !(b >= -1 && b <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(bound), bound, "The truncation bound of ρ is from −1 to 1.");
        }

        return new(Method, RhoEstimation, FixedRho, bound, Criterion, H, Conversion, IncludeConstant);
    }

    /// <summary>Returns these options with or without the constant of a regression method (<c>y ~ x</c> or <c>y ~ 0 + x</c>).</summary>
    /// <param name="include">Whether to add a constant to the indicators.</param>
    /// <returns>The options.</returns>
    /// <exception cref="InvalidOperationException">A constant is asked of a Denton method or uniform, which use their single indicator as it is.</exception>
    public DisaggregationOptions WithConstant(bool include)
    {
        if (include && !IsRegression)
        {
            throw new InvalidOperationException($"{this} uses its single indicator as it is: it takes no constant.");
        }

        return new(Method, RhoEstimation, FixedRho, TruncatedRho, Criterion, H, Conversion, include);
    }

    /// <summary>Returns tempdisagg's name of the method with the settings that differ by method, e.g. <c>chow-lin-maxlog, sum</c> or <c>denton-cholette (proportional, h = 1), average</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string conversion = Conversion.ToString().ToLowerInvariant();
        string name = Method switch
        {
            DisaggregationMethod.ChowLin => "chow-lin-" + RhoName(),
            DisaggregationMethod.Litterman => "litterman-" + RhoName(),
            DisaggregationMethod.Fernandez => "fernandez",
            DisaggregationMethod.Ols => "ols",
            DisaggregationMethod.Uniform => "uniform",
            _ => string.Create(CultureInfo.InvariantCulture, $"{(Method == DisaggregationMethod.Denton ? "denton" : "denton-cholette")} ({Criterion!.Value.ToString().ToLowerInvariant()}, h = {H})"),
        };
        string constant = IsRegression && !IncludeConstant ? ", no constant" : string.Empty;
        return $"{name}, {conversion}{constant}";
    }

    private string RhoName() => RhoEstimation switch
    {
        Disaggregation.RhoEstimation.MaximumLikelihood => "maxlog",
        Disaggregation.RhoEstimation.MinimumRss => Method == DisaggregationMethod.ChowLin ? "minrss-quilis" : "minrss",
        Disaggregation.RhoEstimation.MinimumRssEcotrim => "minrss-ecotrim",
        _ => string.Create(CultureInfo.InvariantCulture, $"fixed (ρ = {FixedRho})"),
    };

    private static DisaggregationOptions Autoregressive(DisaggregationMethod method, RhoEstimation estimation, double fixedRho)
    {
        if (!Enum.IsDefined(estimation))
        {
            throw new ArgumentOutOfRangeException(nameof(estimation), estimation, "Unknown ρ estimation.");
        }

        if (estimation == Disaggregation.RhoEstimation.Fixed && !(fixedRho > -1 && fixedRho < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fixedRho), fixedRho, "A fixed ρ is strictly between −1 and 1.");
        }

        return new(method, estimation, estimation == Disaggregation.RhoEstimation.Fixed ? fixedRho : null, 0, null, null, DisaggregationConversion.Sum, true);
    }

    private static DisaggregationOptions DentonMethod(DisaggregationMethod method, DentonCriterion criterion, int h)
    {
        if (!Enum.IsDefined(criterion))
        {
            throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown Denton criterion.");
        }

        if (h is < 0 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(h), h, "The order of differences h is 0 to 4.");
        }

        return new(method, null, null, 0, criterion, h, DisaggregationConversion.Sum, false);
    }
}
