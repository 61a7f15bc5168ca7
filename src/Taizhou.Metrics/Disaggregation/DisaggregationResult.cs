using System.Collections.Immutable;
using System.Linq;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Disaggregation;

/// <summary>
/// The result of a temporal disaggregation (时间分解) or benchmarking (基准化): the high-frequency values, which
/// aggregate exactly to the low-frequency series under the conversion, and for the regression methods the
/// coefficients, ρ and the fit statistics tempdisagg reports.
/// </summary>
/// <remarks>
/// <para>Values run over the whole indicator: the first <see cref="BackcastCount"/> values are retropolated (before the
/// first low-frequency period) and the last <see cref="ForecastCount"/> are extrapolated (after the last one); they do
/// not enter any constraint. Without an indicator the values cover the low-frequency periods exactly.</para>
/// <para>The statistics of a regression method, with m low-frequency observations, k coefficients, V = C Q C′ and u the
/// low-frequency GLS residual (tempdisagg's <c>CalcGLS</c>):</para>
/// <code>
/// RSS = u′V⁻¹u                           (generalized)
/// logL = −m/2 − m ln(2π)/2 − m ln(RSS/m)/2 − ln det V / 2
/// AIC = ln(RSS/m) + 2k/m,  BIC = ln(RSS/m) + k ln(m)/m
/// ȳ = (1′V⁻¹y)/(1′V⁻¹1),  TSS = (y − ȳ)′V⁻¹(y − ȳ)
/// R² = 1 − RSS/TSS,  adj. R² = 1 − RSS (m − 1) / (TSS (m − k))
/// </code>
/// <para>They are null for the Denton methods and uniform, which estimate nothing.</para>
/// </remarks>
public sealed class DisaggregationResult
{
    internal DisaggregationResult(DisaggregationOptions options, int frequencyRatio, int backcastCount, int forecastCount, ImmutableArray<double> values, ImmutableArray<double> preliminary, ImmutableArray<double> fitted, ImmutableArray<double> residuals, GlsFit? fit)
    {
        Options = options;
        FrequencyRatio = frequencyRatio;
        BackcastCount = backcastCount;
        ForecastCount = forecastCount;
        Values = values;
        Preliminary = preliminary;
        FittedLowFrequency = fitted;
        LowFrequencyResiduals = residuals;
        Coefficients = fit?.Coefficients ?? [];
        Rho = fit?.Rho;
        RhoTruncated = fit?.RhoTruncated ?? false;
        LogLikelihood = fit?.LogLikelihood;
        Aic = fit?.Aic;
        Bic = fit?.Bic;
        RSquared = fit?.RSquared;
        AdjustedRSquared = fit?.AdjustedRSquared;
        ResidualSumOfSquares = fit?.Rss;
    }

    private DisaggregationResult(DisaggregationResult other, TimeSeries series)
    {
        Options = other.Options;
        FrequencyRatio = other.FrequencyRatio;
        BackcastCount = other.BackcastCount;
        ForecastCount = other.ForecastCount;
        Values = other.Values;
        Preliminary = other.Preliminary;
        FittedLowFrequency = other.FittedLowFrequency;
        LowFrequencyResiduals = other.LowFrequencyResiduals;
        Coefficients = other.Coefficients;
        Rho = other.Rho;
        RhoTruncated = other.RhoTruncated;
        LogLikelihood = other.LogLikelihood;
        Aic = other.Aic;
        Bic = other.Bic;
        RSquared = other.RSquared;
        AdjustedRSquared = other.AdjustedRSquared;
        ResidualSumOfSquares = other.ResidualSumOfSquares;
        Series = series;
    }

    /// <summary>Gets the options the result was computed with.</summary>
    public DisaggregationOptions Options { get; }

    /// <summary>Gets the frequency ratio fr: high-frequency periods per low-frequency period (4 for annual to quarterly, 3 for quarterly to monthly).</summary>
    public int FrequencyRatio { get; }

    /// <summary>Gets the number of values before the first low-frequency period (retropolated).</summary>
    public int BackcastCount { get; }

    /// <summary>Gets the number of values after the last low-frequency period (extrapolated).</summary>
    public int ForecastCount { get; }

    /// <summary>Gets the high-frequency values at full double precision, in time order (tempdisagg's <c>predict()</c>).</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>
    /// Gets the high-frequency series (periods from the indicator, kind and unit from the low-frequency series), with
    /// the values rounded to a decimal's 15 significant digits of a double; null for the array overloads. Use
    /// <see cref="Values"/> for full precision.
    /// </summary>
    public TimeSeries? Series { get; }

    /// <summary>Gets the preliminary series p before the residual is distributed: Xβ for a regression, the indicator itself for a Denton method.</summary>
    public ImmutableArray<double> Preliminary { get; }

    /// <summary>Gets the preliminary series aggregated to the low frequency, C p (tempdisagg's <c>fitted.values</c>).</summary>
    public ImmutableArray<double> FittedLowFrequency { get; }

    /// <summary>Gets the low-frequency residuals y_l − C p that the method distributes (tempdisagg's <c>residuals</c>).</summary>
    public ImmutableArray<double> LowFrequencyResiduals { get; }

    /// <summary>Gets the regression coefficients, the constant first when there is one; empty for the Denton methods and uniform.</summary>
    public ImmutableArray<DisaggregationCoefficient> Coefficients { get; }

    /// <summary>Gets the autoregressive parameter ρ used (0 for Fernández and OLS; after truncation), or null for the Denton methods and uniform.</summary>
    public double? Rho { get; }

    /// <summary>Gets whether the estimated ρ fell below <see cref="DisaggregationOptions.TruncatedRho"/> and was set to it (tempdisagg prints "(truncated)").</summary>
    public bool RhoTruncated { get; }

    /// <summary>Gets the log-likelihood of the GLS regression, or null for a Denton method.</summary>
    public double? LogLikelihood { get; }

    /// <summary>Gets tempdisagg's AIC, ln(RSS/m) + 2k/m, or null for a Denton method.</summary>
    public double? Aic { get; }

    /// <summary>Gets tempdisagg's BIC, ln(RSS/m) + k ln(m)/m, or null for a Denton method.</summary>
    public double? Bic { get; }

    /// <summary>Gets the generalized R², 1 − RSS/TSS, or null for a Denton method.</summary>
    public double? RSquared { get; }

    /// <summary>Gets the adjusted R², or null for a Denton method.</summary>
    public double? AdjustedRSquared { get; }

    /// <summary>Gets the generalized residual sum of squares u′V⁻¹u, or null for a Denton method.</summary>
    public double? ResidualSumOfSquares { get; }

    /// <summary>Returns the method, the number of values and, for a regression, ρ and the coefficients.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string head = string.Create(Rounding.InvariantText, $"{Options}: {Values.Length} values (fr = {FrequencyRatio}, {BackcastCount} retropolated, {ForecastCount} extrapolated)");
        if (Rho is not double rho)
        {
            return head;
        }

        return string.Create(Rounding.InvariantText, $"{head}; ρ = {rho:G6}{(RhoTruncated ? " (truncated)" : string.Empty)}; {string.Join("; ", Coefficients.Select(c => c.ToString()))}");
    }

    internal DisaggregationResult WithSeries(TimeSeries series) => new(this, series);
}
