using System;
using System.Linq;
using NodaTime;
using Taizhou.Metrics.Seasonal;
using Xunit;

namespace Taizhou.Metrics.Tests.Seasonal;

/// <summary>
/// Recovery of a known seasonal pattern and a known Spring Festival effect from synthetic monthly series, 2000–2019.
/// The regressors here are computed independently of <see cref="HolidayRegressor"/> (a day count with
/// <see cref="DateOnly"/>, centred over 1990–2050). Tolerances: 1e-8 where the series follows the method's model
/// exactly; stated per test otherwise.
/// </summary>
public class SpringFestivalAdjustmentTest
{
    private const int Months = 240;
    private const double Growth = 0.004;
    private const double BetaBefore = 0.12;
    private const double BetaAfter = -0.35;

    private static readonly YearMonth Start = new(2000, 1);

    // Log seasonal pattern (January first), made to sum to zero below.
    private static readonly double[] RawSeasonal = [-0.10, -0.25, 0.05, 0.02, 0.03, 0.04, 0.00, 0.01, 0.03, 0.04, 0.05, 0.08];

    private static double[] Seasonal
    {
        get
        {
            double mean = RawSeasonal.Average();
            return [.. RawSeasonal.Select(s => s - mean)];
        }
    }

    /// <summary>Share of the window [start, end] around each year's festival in January (index 0) and February (1), centred by month over 1990–2050.</summary>
    private static double[,] Shares(int start, int end)
    {
        var raw = new double[61, 2];
        for (int year = 1990; year <= 2050; year++)
        {
            var d = SpringFestival.Date(year);
            var festival = new DateOnly(d.Year, d.Month, d.Day);
            for (int k = start; k <= end; k++)
            {
                raw[year - 1990, festival.AddDays(k).Month - 1] += 1.0 / (end - start + 1);
            }
        }

        for (int m = 0; m < 2; m++)
        {
            double mean = Enumerable.Range(0, 61).Average(y => raw[y, m]);
            for (int y = 0; y < 61; y++)
            {
                raw[y, m] -= mean;
            }
        }

        return raw;
    }

    private static double Holiday(int t)
    {
        var ym = Start.PlusMonths(t);
        if (ym.Month > 2)
        {
            return 0;
        }

        var before = Shares(-6, -1);
        var after = Shares(0, 6);
        return (BetaBefore * before[ym.Year - 1990, ym.Month - 1]) + (BetaAfter * after[ym.Year - 1990, ym.Month - 1]);
    }

    private static double HolidayFree(int t) => Math.Exp(5.0 + (Growth * t) + Seasonal[t % 12]);

    [Fact]
    public void Fit_LogLinearSeries_RecoversSeasonalFactorsAndFestivalEffect()
    {
        double[] y = [.. Enumerable.Range(0, Months).Select(t => HolidayFree(t) * Math.Exp(Holiday(t)))];

        var fit = SpringFestivalAdjustment.Fit(Start, y, SpringFestivalWindow.Before, SpringFestivalWindow.After, keepJanuaryFebruaryTotal: false);

        Assert.Equal(BetaBefore, fit.BeforeCoefficient, 1e-8);
        Assert.Equal(BetaAfter, fit.AfterCoefficient, 1e-8);
        for (int m = 0; m < 12; m++)
        {
            Assert.Equal(Math.Exp(Seasonal[m]), fit.SeasonalFactors[m], 1e-8);
        }

        // Seasonally adjusted: the pure trend, so every month-on-month growth (环比) is e^0.004 − 1.
        Assert.Equal(Math.Exp(Growth) - 1, fit.MonthOnMonth(new YearMonth(2015, 2)), 1e-8);
        Assert.Equal(Math.Exp(Growth) - 1, fit.MonthOnMonth(new YearMonth(2020 - 1, 12)), 1e-8);
        Assert.Equal(Math.Exp(Holiday(12 * 12)), fit.HolidayFactor(new YearMonth(2012, 1)), 1e-8);

        // Without the January–February constraint the holiday adjustment changes that total (2012: festival 23 January).
        double ratio = (fit.HolidayAdjusted[144] + fit.HolidayAdjusted[145]) / (y[144] + y[145]);
        Assert.True(Math.Abs(ratio - 1) > 1e-4, ratio.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Fit_NoisySeries_RecoversTheEffectWithinTheNoise()
    {
        // Seeded noise with a 2 % standard deviation in logs: about 20 years × 2 months inform each β, whose standard
        // error is of order 0.02 / sqrt(40 × var(share)) ≈ 0.01; the tolerance is 0.05 on β and 1 % on seasonal factors.
        var random = new Random(20190205);
        double[] y = [.. Enumerable.Range(0, Months).Select(t => HolidayFree(t) * Math.Exp(Holiday(t) + (0.02 * Normal(random))))];

        var fit = SpringFestivalAdjustment.Fit(Start, y, SpringFestivalWindow.Before, SpringFestivalWindow.After, keepJanuaryFebruaryTotal: false);

        Assert.Equal(BetaBefore, fit.BeforeCoefficient, 0.05);
        Assert.Equal(BetaAfter, fit.AfterCoefficient, 0.05);
        for (int m = 0; m < 12; m++)
        {
            Assert.Equal(Math.Exp(Seasonal[m]), fit.SeasonalFactors[m], 0.01);
        }
    }

    [Fact]
    public void Fit_FestivalShiftsOutputBetweenJanuaryAndFebruary_KeepsTheirTotal_AndRecoversTheMonths()
    {
        // The festival moves 30 % of January's holiday-free output per unit of centred after-window share into February
        // (or back): January + February is the holiday-free total exactly. The adjustment keeps every year's
        // January + February total (1e-9 relative), and its holiday-adjusted months are within 0.5 % of the
        // holiday-free ones (the shift is not exactly log-linear in the shares, so the log model fits it approximately:
        // the largest error is between 0.06 % and 0.15 %).
        var after = Shares(0, 6);
        var y = Enumerable.Range(0, Months).Select(HolidayFree).ToArray();
        for (int year = 2000; year < 2020; year++)
        {
            int jan = (year - 2000) * 12;
            double moved = 0.30 * after[year - 1990, 0] * y[jan];
            y[jan] -= moved;
            y[jan + 1] += moved;
        }

        var fit = SpringFestivalAdjustment.Fit(Start, y);

        for (int year = 2000; year < 2020; year++)
        {
            int jan = (year - 2000) * 12;
            double total = y[jan] + y[jan + 1];
            Assert.Equal(1.0, (fit.HolidayAdjusted[jan] + fit.HolidayAdjusted[jan + 1]) / total, 1e-9);
            Assert.Equal(1.0, fit.HolidayAdjusted[jan] / HolidayFree(jan), 0.005);
            Assert.Equal(1.0, fit.HolidayAdjusted[jan + 1] / HolidayFree(jan + 1), 0.005);
        }

        Assert.True(fit.AfterCoefficient < -0.2, fit.ToString());
        Assert.Equal(y[5], fit.HolidayAdjusted[5], 1e-9);
    }

    [Fact]
    public void Fit_TooShortMissingOrOutsideTheTable_Throws()
    {
        double[] flat = [.. Enumerable.Repeat(100.0, 48)];
        var missing = (double[])flat.Clone();
        missing[13] = double.NaN;

        Assert.Throws<ArgumentException>(() => SpringFestivalAdjustment.Fit(Start, flat[..35]));
        var e = Assert.Throws<ArgumentException>(() => SpringFestivalAdjustment.Fit(Start, missing));
        Assert.Contains("2001-02", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SpringFestivalAdjustment.Fit(new YearMonth(2049, 1), flat));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpringFestivalWindow(-22, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpringFestivalWindow(0, 10));
    }

    [Fact]
    public void Fit_FestivalAlwaysInTheSameMonth_CannotSeparateItsEffect_Throws()
    {
        // July 2006 to June 2009: the regression uses January 2007 to December 2008, and both festivals (18 February 2007,
        // 7 February 2008) put both windows wholly in February, so the shares cannot be told from the February dummy.
        double[] y = [.. Enumerable.Range(0, 36).Select(t => 100.0 + t + (t % 12))];

        var e = Assert.Throws<ArgumentException>(() => SpringFestivalAdjustment.Fit(new YearMonth(2006, 7), y));
        Assert.Contains("do not vary enough", e.Message, StringComparison.Ordinal);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
