using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>
/// Deterministic synthetic monthly data shared by the benchmarks: <c>n</c> points in consecutive series of at most
/// <see cref="SeriesLength"/> months each, every series starting in January of year 1 (a series holds at most one
/// value per month of years 1 to 9999, so 10^6 points are 17 series, like the monthly output of 17 regions).
/// </summary>
/// <remarks>
/// Monthly flows are log-normal around 100 (σ = 0.3, seeded <see cref="Random"/>), rounded to 0.01, like 億元 figures
/// of a county's industrial output; the cumulative (year-to-date, 1-N月) values are their running sums, reset every
/// January, so they never fall within a year. Point <c>i</c> is point <c>k = i mod SeriesLength</c> of its series:
/// year <c>1 + k / 12</c>, month <c>1 + k mod 12</c>. The flat arrays hold the series one after another; since
/// <see cref="SeriesLength"/> is a multiple of 12, January is every 12th position and a year-on-year base is 12
/// positions back except in a series' first year.
/// </remarks>
internal sealed class SyntheticData
{
    /// <summary>The length of each series but the last: 60,000 months (5000 years), a multiple of 12.</summary>
    public const int SeriesLength = 60_000;

    private SyntheticData(int n)
    {
        var random = new Random(20180601);
        Flows = new decimal[n];
        Cumulative = new decimal[n];
        MonthIndex = new int[n];
        FlowsAsDouble = new double[n];
        CumulativeAsDouble = new double[n];
        int seriesCount = (n + SeriesLength - 1) / SeriesLength;
        FlowObservations = new Observation[seriesCount][];
        CumulativeObservations = new Observation[seriesCount][];
        for (int s = 0; s < seriesCount; s++)
        {
            int length = Math.Min(SeriesLength, n - (s * SeriesLength));
            FlowObservations[s] = new Observation[length];
            CumulativeObservations[s] = new Observation[length];
        }

        decimal total = 0m;
        for (int i = 0; i < n; i++)
        {
            int k = i % SeriesLength;
            int year = 1 + (k / 12);
            int month = 1 + (k % 12);
            if (month == 1)
            {
                total = 0m;
            }

            // Box-Muller: a standard normal from two uniforms, then a log-normal flow around 100.
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            double z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
            decimal flow = Math.Round((decimal)(100.0 * Math.Exp(0.3 * z)), 2);
            total += flow;

            MonthIndex[i] = (year * 12) + month - 1;
            Flows[i] = flow;
            Cumulative[i] = total;
            FlowsAsDouble[i] = (double)flow;
            CumulativeAsDouble[i] = (double)total;
            FlowObservations[i / SeriesLength][k] = Observation.Of(ReportingPeriod.Month(year, month), flow);
            CumulativeObservations[i / SeriesLength][k] = Observation.Of(ReportingPeriod.YearToDate(year, month), total);
        }

        FlowSeries = new TimeSeries[seriesCount];
        CumulativeSeries = new TimeSeries[seriesCount];
        for (int s = 0; s < seriesCount; s++)
        {
            FlowSeries[s] = TimeSeries.Create(SeriesKind.Flow, Units.MetricUnit.YiYuan, FlowObservations[s], "flow");
            CumulativeSeries[s] = TimeSeries.Create(SeriesKind.Cumulative, Units.MetricUnit.YiYuan, CumulativeObservations[s], "cumulative");
        }
    }

    /// <summary>Gets the months as plain integers, year × 12 + month − 1 (the baselines' stand-in for periods); they restart with each series.</summary>
    public int[] MonthIndex { get; }

    /// <summary>Gets the monthly flows, all series one after another.</summary>
    public decimal[] Flows { get; }

    /// <summary>Gets the year-to-date values, all series one after another.</summary>
    public decimal[] Cumulative { get; }

    /// <summary>Gets <see cref="Flows"/> as doubles.</summary>
    public double[] FlowsAsDouble { get; }

    /// <summary>Gets <see cref="Cumulative"/> as doubles.</summary>
    public double[] CumulativeAsDouble { get; }

    /// <summary>Gets the flow observations of each series.</summary>
    public Observation[][] FlowObservations { get; }

    /// <summary>Gets the cumulative observations of each series.</summary>
    public Observation[][] CumulativeObservations { get; }

    /// <summary>Gets the monthly flow series.</summary>
    public TimeSeries[] FlowSeries { get; }

    /// <summary>Gets the cumulative (1-N月) series.</summary>
    public TimeSeries[] CumulativeSeries { get; }

    /// <summary>Builds <paramref name="n"/> points of data.</summary>
    /// <param name="n">The number of points, at least 1.</param>
    /// <returns>The data.</returns>
    public static SyntheticData Create(int n)
    {
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "At least one point.");
        }

        return new SyntheticData(n);
    }
}
