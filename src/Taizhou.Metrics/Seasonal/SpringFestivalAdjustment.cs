using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NodaTime;

namespace Taizhou.Metrics.Seasonal;

/// <summary>
/// Seasonal adjustment (季节调整) of a monthly series with a moving Spring Festival effect (春节效应): stable monthly seasonal
/// factors from the series' own history, a holiday effect before and after 正月初一 that moves between January and
/// February with the festival's date, and the seasonally adjusted series with its month-on-month growth (环比).
/// </summary>
/// <remarks>
/// <para>
/// <b>An approximation of X-13ARIMA-SEATS with user holiday regressors, not X-13 itself.</b> It follows what R seasonal's
/// <c>seas(x, xreg = cbind(pre_cny, post_cny), regression.usertype = "holiday", x11 = list())</c> does in spirit:
/// multiplicative decomposition, holiday regressors as <c>genhol(cny, start, end, center = "calendar")</c>
/// (<see cref="HolidayRegressor.ForSpringFestival"/>), holiday effect removed from the adjusted series. Differences:
/// X-13 estimates the holiday coefficients in a regARIMA model of the log series by maximum likelihood, extends the
/// series with ARIMA forecasts, treats outliers and trading days, and derives evolving seasonal factors with X-11's
/// Henderson and 3×3/3×5 filters; here the coefficients come from ordinary least squares on the detrended log series,
/// the seasonal factors are stable (one per calendar month), and there is no forecast extension, outlier or
/// trading-day treatment. Results therefore differ from X-13's, most at the ends of the series and where the
/// seasonal pattern changes over time.
/// </para>
/// <para>
/// Method, on L_t = ln y_t, with B_t and A_t the calendar-centred shares of the windows before and after the festival
/// (centred over the table's years 1990–2050) and H_t = β_B·B_t + β_A·A_t:
/// (1) trend T_t = centred 2×12 moving average of L_t − Ĥ_t (defined from the 7th to the 7th-last month);
/// (2) ordinary least squares of L_t − T_t on twelve month dummies and B_t, A_t gives d_1…d_12, β_B, β_A;
/// (3) repeat from (1) with the new Ĥ until it changes by less than 1e-12 (at most 50 times). With month dummies in
/// the regression, d_m is exactly the average over the month's years of the detrended log ratio L_t − T_t − Ĥ_t.
/// Then
/// seasonal factors S_m = exp(d_m − mean d), holiday factors exp(Ĥ_t), holiday-adjusted y_t / exp(Ĥ_t), seasonally
/// adjusted y_t / exp(Ĥ_t) / S_m. With <c>keepJanuaryFebruaryTotal</c> the holiday-adjusted January and February of each
/// year are scaled by one factor so that their sum equals the unadjusted sum: the festival moves activity between the
/// two months and the combined 1-2月 figure (which NBS publishes for that reason) is kept.
/// </para>
/// <para>
/// Edge-case policy: values must be positive and finite (a missing month is an error naming it, never a zero), at
/// least 36 months, all within 1990–2050; the festival dates in the sample must vary enough to separate the holiday
/// effect from the seasonal one (the design matrix has full rank), otherwise an <see cref="ArgumentException"/>.
/// </para>
/// </remarks>
public sealed class SpringFestivalAdjustment
{
    private const int MaxIterations = 50;

    private SpringFestivalAdjustment(YearMonth start, ImmutableArray<double> values, SpringFestivalWindow before, SpringFestivalWindow after, double betaBefore, double betaAfter, ImmutableArray<double> seasonal, ImmutableArray<double> holidayAdjusted, ImmutableArray<double> adjusted, int iterations)
    {
        Start = start;
        Values = values;
        BeforeWindow = before;
        AfterWindow = after;
        BeforeCoefficient = betaBefore;
        AfterCoefficient = betaAfter;
        SeasonalFactors = seasonal;
        HolidayAdjusted = holidayAdjusted;
        Adjusted = adjusted;
        Iterations = iterations;
    }

    /// <summary>Gets the first month of the series.</summary>
    public YearMonth Start { get; }

    /// <summary>Gets the unadjusted values, one per month from <see cref="Start"/>.</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Gets the window before the festival (节前).</summary>
    public SpringFestivalWindow BeforeWindow { get; }

    /// <summary>Gets the window from the festival on (节后).</summary>
    public SpringFestivalWindow AfterWindow { get; }

    /// <summary>Gets β_B, the effect on ln y of a whole before-window falling in a month (relative to the month's average share).</summary>
    public double BeforeCoefficient { get; }

    /// <summary>Gets β_A, the effect on ln y of a whole after-window falling in a month (relative to the month's average share).</summary>
    public double AfterCoefficient { get; }

    /// <summary>Gets the twelve stable seasonal factors (季节因子), January first, multiplicative with geometric mean 1.</summary>
    public ImmutableArray<double> SeasonalFactors { get; }

    /// <summary>Gets the series without the Spring Festival effect (still seasonal), one per month.</summary>
    public ImmutableArray<double> HolidayAdjusted { get; }

    /// <summary>Gets the seasonally adjusted series (季节调整后), without the seasonal and the Spring Festival effects, one per month.</summary>
    public ImmutableArray<double> Adjusted { get; }

    /// <summary>Gets the number of trend–regression iterations run.</summary>
    public int Iterations { get; }

    /// <summary>Gets the last month of the series.</summary>
    public YearMonth End => Start.PlusMonths(Values.Length - 1);

    /// <summary>
    /// Adjusts a monthly series with the default windows: six days before the festival (−6 … −1) and the festival
    /// with six days after (0 … 6), as R seasonal's documented example; January–February totals kept.
    /// </summary>
    /// <param name="start">The first month.</param>
    /// <param name="values">The values, one per month, positive and finite.</param>
    /// <returns>The adjustment.</returns>
    /// <exception cref="ArgumentException">See the type's edge-case policy.</exception>
    public static SpringFestivalAdjustment Fit(YearMonth start, IReadOnlyList<double> values) =>
        Fit(start, values, SpringFestivalWindow.Before, SpringFestivalWindow.After, keepJanuaryFebruaryTotal: true);

    /// <summary>Adjusts a monthly series with given holiday windows.</summary>
    /// <param name="start">The first month.</param>
    /// <param name="values">The values, one per month, positive and finite.</param>
    /// <param name="before">The window before the festival.</param>
    /// <param name="after">The window from the festival on.</param>
    /// <param name="keepJanuaryFebruaryTotal">Whether the holiday adjustment keeps each year's January + February total (see remarks).</param>
    /// <returns>The adjustment.</returns>
    /// <exception cref="ArgumentException">See the type's edge-case policy.</exception>
    public static SpringFestivalAdjustment Fit(YearMonth start, IReadOnlyList<double> values, SpringFestivalWindow before, SpringFestivalWindow after, bool keepJanuaryFebruaryTotal)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = values.Count;
        if (n < 36)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{n} months is fewer than the 36 needed."), nameof(values));
        }

        var end = start.PlusMonths(n - 1);
        if (start.Year < SpringFestival.FirstYear || end.Year > SpringFestival.LastYear)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The series runs {start:uuuu-MM} to {end:uuuu-MM}; the Spring Festival table covers {SpringFestival.FirstYear} to {SpringFestival.LastYear}."), nameof(values));
        }

        var log = new double[n];
        for (int t = 0; t < n; t++)
        {
            if (!double.IsFinite(values[t]) || values[t] <= 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The value of {start.PlusMonths(t):uuuu-MM} is {values[t]}, expected a positive finite value."), nameof(values));
            }

            log[t] = Math.Log(values[t]);
        }

        var pre = HolidayRegressor.ForSpringFestival(before.Start, before.End, 12, HolidayCentering.Calendar);
        var post = HolidayRegressor.ForSpringFestival(after.Start, after.End, 12, HolidayCentering.Calendar);
        var b = new double[n];
        var a = new double[n];
        var month = new int[n];
        for (int t = 0; t < n; t++)
        {
            var ym = start.PlusMonths(t);
            b[t] = pre.ValueAt(ym);
            a[t] = post.ValueAt(ym);
            month[t] = ym.Month - 1;
        }

        // Rows of the regression: the months whose centred 2x12 moving average is defined.
        int first = 6, count = n - 12;
        var x = Matrix<double>.Build.Dense(count, 14);
        for (int r = 0; r < count; r++)
        {
            int t = first + r;
            x[r, month[t]] = 1.0;
            x[r, 12] = b[t];
            x[r, 13] = a[t];
        }

        if (x.Rank() < 14)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The festival dates of {start:uuuu-MM} to {end:uuuu-MM} do not vary enough to separate the holiday effect from the seasonal factors."), nameof(values));
        }

        var qr = x.QR();
        var h = new double[n];
        var coefficients = Vector<double>.Build.Dense(14);
        int iterations = 0;
        while (iterations < MaxIterations)
        {
            iterations++;
            var y = Vector<double>.Build.Dense(count);
            for (int r = 0; r < count; r++)
            {
                int t = first + r;
                double trend = 0;
                for (int k = -6; k <= 6; k++)
                {
                    double weight = k is -6 or 6 ? 1.0 / 24 : 1.0 / 12;
                    trend += weight * (log[t + k] - h[t + k]);
                }

                y[r] = log[t] - trend;
            }

            coefficients = qr.Solve(y);
            double change = 0;
            for (int t = 0; t < n; t++)
            {
                double next = (coefficients[12] * b[t]) + (coefficients[13] * a[t]);
                change = Math.Max(change, Math.Abs(next - h[t]));
                h[t] = next;
            }

            if (change < 1e-12)
            {
                break;
            }
        }

        double meanDummy = 0;
        for (int m = 0; m < 12; m++)
        {
            meanDummy += coefficients[m] / 12;
        }

        var seasonal = new double[12];
        for (int m = 0; m < 12; m++)
        {
            seasonal[m] = Math.Exp(coefficients[m] - meanDummy);
        }

        var holidayAdjusted = new double[n];
        for (int t = 0; t < n; t++)
        {
            holidayAdjusted[t] = values[t] / Math.Exp(h[t]);
        }

        if (keepJanuaryFebruaryTotal)
        {
            for (int t = 0; t + 1 < n; t++)
            {
                if (month[t] == 0)
                {
                    double factor = (values[t] + values[t + 1]) / (holidayAdjusted[t] + holidayAdjusted[t + 1]);
                    holidayAdjusted[t] *= factor;
                    holidayAdjusted[t + 1] *= factor;
                }
            }
        }

        var adjusted = new double[n];
        for (int t = 0; t < n; t++)
        {
            adjusted[t] = holidayAdjusted[t] / seasonal[month[t]];
        }

        return new SpringFestivalAdjustment(start, [.. values], before, after, coefficients[12], coefficients[13], [.. seasonal], [.. holidayAdjusted], [.. adjusted], iterations);
    }

    /// <summary>Gets the combined holiday factor of a month: unadjusted / holiday-adjusted (1 = no Spring Festival effect).</summary>
    /// <param name="month">A month of the series.</param>
    /// <returns>The factor.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month is outside the series.</exception>
    public double HolidayFactor(YearMonth month)
    {
        int t = IndexOf(month);
        return Values[t] / HolidayAdjusted[t];
    }

    /// <summary>
    /// Gets the seasonally adjusted month-on-month growth (环比, 季调后) of a month, as a fraction (0.0069 = 0.69 %):
    /// Adjusted_t / Adjusted_{t−1} − 1.
    /// </summary>
    /// <param name="month">A month of the series after the first.</param>
    /// <returns>The growth.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month or the month before is outside the series.</exception>
    public double MonthOnMonth(YearMonth month)
    {
        int t = IndexOf(month);
        if (t == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The first month has no month before it in the series.");
        }

        return (Adjusted[t] / Adjusted[t - 1]) - 1.0;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start:uuuu-MM} to {End:uuuu-MM}, before {BeforeWindow} β = {BeforeCoefficient:G6}, after {AfterWindow} β = {AfterCoefficient:G6}");

    private int IndexOf(YearMonth month)
    {
        if (month < Start || month > End)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, string.Create(CultureInfo.InvariantCulture, $"The series runs {Start:uuuu-MM} to {End:uuuu-MM}."));
        }

        return ((month.Year - Start.Year) * 12) + month.Month - Start.Month;
    }
}
