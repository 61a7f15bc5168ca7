using System;
using System.Globalization;

namespace Taizhou.Metrics.Disaggregation;

/// <summary>
/// Temporal disaggregation (时间分解, 时间序列分解到高频) and benchmarking (基准化): from a low-frequency series (annual,
/// or quarterly) and optional high-frequency indicators (quarterly, or monthly), a high-frequency series that
/// aggregates exactly to the low-frequency one, by the methods of R's tempdisagg (Sax and Steiner 2013) with its
/// defaults and the same numbers.
/// </summary>
/// <remarks>
/// <para>Notation: y_l the m low-frequency values, X the n × k high-frequency regressors (the indicators, and a constant
/// unless <see cref="DisaggregationOptions.IncludeConstant"/> is false), fr the frequency ratio, C the m × n conversion
/// matrix (C = I_m ⊗ w′ with w = (1,…,1) for sum, (1/fr,…,1/fr) for average, (1,0,…,0) first, (0,…,0,1) last, and zero
/// columns for the periods retropolated before and extrapolated after the low-frequency series).</para>
/// <para><b>Regression methods</b> (Chow-Lin, Fernández, Litterman, OLS), for a residual covariance Q:</para>
/// <code>
/// V = C Q C′
/// β = (X_l′V⁻¹X_l)⁻¹ X_l′V⁻¹ y_l           X_l = C X   (GLS)
/// p = X β,   u_l = y_l − C p
/// y = p + Q C′ V⁻¹ u_l
/// Chow-Lin:   Q = ρ^|i−j| / (1 − ρ²)         OLS: ρ = 0
/// Litterman:  Q = (D′H′HD)⁻¹                Fernández: ρ = 0, Q = (D′D)⁻¹
/// </code>
/// <para>with D the first-difference matrix (first row (1, 0, …): the first value is a difference from zero) and H the
/// same with −ρ below the diagonal. ρ is fixed, or found in [−0.999, 0.999] by Brent's search with R's tolerance
/// (see <see cref="RhoEstimation"/>), then raised to <see cref="DisaggregationOptions.TruncatedRho"/> (0 by default)
/// if below it. The coefficients, their standard errors, ρ and the fit statistics are in the
/// <see cref="DisaggregationResult"/>.</para>
/// <para><b>Denton methods</b>, for the single indicator x (a constant when none is given), with D₀ = Dʰ (additive) or
/// Dʰ diag(mean x / x) (proportional):</para>
/// <code>
/// Denton:            y = x + Q C′ (C Q C′)⁻¹ (y_l − C x),   Q = (D₀′D₀)⁻¹
/// Denton-Cholette:   minimise (y − x)′ D₁′D₁ (y − x)  subject to  C y = y_l,   D₁ = D₀ without its first h rows
/// Uniform:           Denton, additive, h = 0
/// </code>
/// <para>Proportional with h = 0 spreads each residual in proportion to x², not x (tempdisagg's Q = diag((x / mean x)²));
/// the textbook pro-rata distribution is not one of these methods.</para>
/// <para><b>Policy.</b> Every result aggregates back to y_l exactly (to rounding). The values are doubles; a value
/// that is not finite in the input is an error naming its position, as is a singular X (indicators that are linear
/// combinations of each other or of the constant), too few low-frequency values for a regression (m must exceed k),
/// a proportional Denton indicator that is zero somewhere, and a method that has no finite solution.</para>
/// </remarks>
public static partial class TemporalDisaggregation
{
    /// <summary>
    /// Disaggregates plain arrays with one indicator (or, for the regression methods, the indicator and a constant).
    /// </summary>
    /// <param name="lowFrequency">The m low-frequency values y_l, all finite.</param>
    /// <param name="indicator">The n high-frequency indicator values, all finite; n ≥ fr·m + <paramref name="backcast"/>. Values after the backcast and the fr·m covered ones are extrapolated.</param>
    /// <param name="frequencyRatio">fr, high-frequency periods per low-frequency period (4 for annual to quarterly, 3 for quarterly to monthly, 12 annual to monthly), at least 1.</param>
    /// <param name="options">The method.</param>
    /// <param name="backcast">The number of indicator values before the first low-frequency period (retropolated); 0 when they start together.</param>
    /// <returns>The result; <see cref="DisaggregationResult.Series"/> is null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A value is not finite (the message names its position), the lengths do not fit, or as described on <see cref="TemporalDisaggregation"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The frequency ratio or the backcast is out of range.</exception>
    public static DisaggregationResult Disaggregate(double[] lowFrequency, double[] indicator, int frequencyRatio, DisaggregationOptions options, int backcast)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var x = new double[indicator.Length, 1];
        for (int i = 0; i < indicator.Length; i++)
        {
            x[i, 0] = indicator[i];
        }

        return Disaggregate(lowFrequency, x, frequencyRatio, options, backcast);
    }

    /// <summary>
    /// Disaggregates plain arrays with several indicators, the columns of <paramref name="indicators"/> (a regression
    /// method; the Denton methods take one column).
    /// </summary>
    /// <param name="lowFrequency">The m low-frequency values y_l, all finite.</param>
    /// <param name="indicators">The n × k indicators, one per column, all finite; n ≥ fr·m + <paramref name="backcast"/>. They are named x1, x2, … in the coefficients.</param>
    /// <param name="frequencyRatio">fr, high-frequency periods per low-frequency period, at least 1.</param>
    /// <param name="options">The method.</param>
    /// <param name="backcast">The number of indicator rows before the first low-frequency period (retropolated); 0 when they start together.</param>
    /// <returns>The result; <see cref="DisaggregationResult.Series"/> is null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A value is not finite (the message names its position), the shapes do not fit, or as described on <see cref="TemporalDisaggregation"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The frequency ratio or the backcast is out of range.</exception>
    public static DisaggregationResult Disaggregate(double[] lowFrequency, double[,] indicators, int frequencyRatio, DisaggregationOptions options, int backcast)
    {
        ArgumentNullException.ThrowIfNull(lowFrequency);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(options);
        int n = indicators.GetLength(0), k = indicators.GetLength(1);
        if (k == 0)
        {
            throw new ArgumentException("The indicator matrix has no columns: use the overload without an indicator.", nameof(indicators));
        }

        var columns = new double[k][];
        var names = new string[k];
        for (int j = 0; j < k; j++)
        {
            columns[j] = new double[n];
            names[j] = string.Create(CultureInfo.InvariantCulture, $"x{j + 1}");
            for (int i = 0; i < n; i++)
            {
                double v = indicators[i, j];
                if (!double.IsFinite(v))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The indicator value at row {i}, column {j} is {v}: the indicators must be finite throughout (a missing value cannot be disaggregated around)."), nameof(indicators));
                }

                columns[j][i] = v;
            }
        }

        CheckArrays(lowFrequency, n, frequencyRatio, backcast);
        return Run(lowFrequency, columns, names, frequencyRatio, backcast, options, i => string.Create(CultureInfo.InvariantCulture, $"row {i}"));
    }

    /// <summary>
    /// Disaggregates plain arrays without an indicator (<c>y ~ 1</c>): the high-frequency values cover the m
    /// low-frequency periods exactly, fr·m values. With a Denton method or uniform this is a smooth (or, for uniform,
    /// step) interpolation; with a regression method the constant is the only regressor.
    /// </summary>
    /// <param name="lowFrequency">The m low-frequency values y_l, all finite.</param>
    /// <param name="frequencyRatio">fr, high-frequency periods per low-frequency period, at least 1.</param>
    /// <param name="options">The method; a regression method must keep its constant.</param>
    /// <returns>The result; <see cref="DisaggregationResult.Series"/> is null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A value is not finite, a regression method has no constant, or as described on <see cref="TemporalDisaggregation"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The frequency ratio is out of range.</exception>
    public static DisaggregationResult Disaggregate(double[] lowFrequency, int frequencyRatio, DisaggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(lowFrequency);
        ArgumentNullException.ThrowIfNull(options);
        if (frequencyRatio < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(frequencyRatio), frequencyRatio, "The frequency ratio is at least 1.");
        }

        CheckArrays(lowFrequency, checked(lowFrequency.Length * frequencyRatio), frequencyRatio, 0);
        return Run(lowFrequency, [], [], frequencyRatio, 0, options, i => string.Create(CultureInfo.InvariantCulture, $"row {i}"));
    }

    /// <summary>Adds the constant as the regression methods ask and runs the kernel.</summary>
    private static DisaggregationResult Run(double[] y, double[][] indicators, string[] names, int fr, int backcast, DisaggregationOptions options, Func<int, string> describe)
    {
        int n = indicators.Length > 0 ? indicators[0].Length : y.Length * fr;
        double[][] columns;
        string[] columnNames;
        if (indicators.Length == 0 || (options.IsRegression && options.IncludeConstant))
        {
            if (options.IsRegression && !options.IncludeConstant)
            {
                throw new ArgumentException($"{options} has neither an indicator nor a constant: keep the constant to disaggregate without an indicator.", nameof(options));
            }

            var one = new double[n];
            Array.Fill(one, 1.0);
            columns = [one, .. indicators];
            columnNames = ["(Intercept)", .. names];
        }
        else
        {
            columns = indicators;
            columnNames = names;
        }

        if (!options.IsRegression && columns.Length != 1)
        {
            throw new ArgumentException($"{options.Method} takes one indicator, not {columns.Length}: use a regression method for several.", nameof(indicators));
        }

        return DisaggregationKernel.Run(y, columns, columnNames, fr, backcast, options, describe);
    }

    private static void CheckArrays(double[] lowFrequency, int indicatorLength, int frequencyRatio, int backcast)
    {
        double[] y = lowFrequency;
        int n = indicatorLength, fr = frequencyRatio;
        if (fr < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(frequencyRatio), fr, "The frequency ratio is at least 1.");
        }

        if (backcast < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(backcast), backcast, "The number of retropolated values is not negative.");
        }

        if (y.Length == 0)
        {
            throw new ArgumentException("There are no low-frequency values.", nameof(lowFrequency));
        }

        for (int i = 0; i < y.Length; i++)
        {
            if (!double.IsFinite(y[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The low-frequency value at {i} is {y[i]}: an internal missing value cannot be disaggregated (tempdisagg stops too); trim missing values at the ends."), nameof(lowFrequency));
            }
        }

        long needed = ((long)y.Length * fr) + backcast;
        if (n < needed)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The indicator has {n} values, but {y.Length} low-frequency values at a ratio of {fr} after {backcast} retropolated need at least {needed}."), nameof(indicatorLength));
        }
    }
}
