using System;
using System.Threading.Tasks;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>
/// A deterministic, realistic enterprise panel (企業面板) in columns: <c>firms</c> enterprises × up to <c>months</c>
/// monthly year-to-date reports from January 2015. Shared by the benchmarks and, linked as source, by the tests.
/// </summary>
/// <remarks>
/// <para>Each enterprise draws, from its own random stream (so the result does not depend on threads):</para>
/// <list type="bullet">
/// <item>a cluster out of <see cref="ClusterCount"/> (the last one "other") with unequal weights;</item>
/// <item>a log-normal size: monthly output exp(ln 2.5×10⁶ + 1.1 z) yuan (above-scale firms from about 0.1 to 100
/// million yuan a month), and an annual trend 6 % ± 10 % (at least −50 %);</item>
/// <item>seasonality with a Spring-Festival dip (春節): output × 0.62 in the month of the festival (January or February,
/// by year) and × 0.9 in the other of the two, a December peak, and month-to-month noise (σ = 8 %);</item>
/// <item>late entry (25 % of enterprises start in a random later month), early exit (10 % stop before the end), a few
/// missing months (1 % of months, whose output still counts in the later year-to-date), zero enterprises (1 % report
/// zero throughout) and zero months (0.5 %).</item>
/// </list>
/// <para>
/// Monthly outputs are whole cents; the year-to-date values (reset each January, and starting at entry) are sums of
/// cents, kept exactly in <see cref="YearToDateCents"/> when asked for, and as yuan in
/// <see cref="YearToDateOutput"/>. Enterprise ids are 1000 + 2 × index (sorted, with gaps).
/// </para>
/// </remarks>
internal sealed class SyntheticPanel
{
    /// <summary>The number of clusters (七大千億產業 and "other").</summary>
    public const int ClusterCount = 8;

    /// <summary>The first year of the panel.</summary>
    public const int FirstYear = 2015;

    private static readonly double[] ClusterWeights = [0.18, 0.15, 0.14, 0.12, 0.10, 0.08, 0.07, 0.16];

    private static readonly double[] Season = [1.0, 1.0, 1.02, 1.0, 1.0, 1.03, 0.98, 0.97, 1.02, 1.0, 1.03, 1.12];

    // The month of the Spring Festival, 2015 to 2024 (then repeating): 19 Feb 2015, 8 Feb 2016, 28 Jan 2017, ...
    private static readonly int[] FestivalMonth = [2, 2, 1, 2, 2, 1, 2, 2, 1, 2];

    private SyntheticPanel(int firms, int months, int rows, bool cents)
    {
        Firms = firms;
        Months = months;
        EnterpriseIds = new int[rows];
        Clusters = new int[rows];
        Periods = new int[rows];
        YearToDateOutput = new double[rows];
        YearToDateCents = cents ? new long[rows] : null;
    }

    /// <summary>Gets the number of enterprises.</summary>
    public int Firms { get; }

    /// <summary>Gets the number of months of the calendar (from January 2015).</summary>
    public int Months { get; }

    /// <summary>Gets the number of rows.</summary>
    public int RowCount => EnterpriseIds.Length;

    /// <summary>Gets the enterprise id of each row.</summary>
    public int[] EnterpriseIds { get; }

    /// <summary>Gets the cluster of each row.</summary>
    public int[] Clusters { get; }

    /// <summary>Gets the period of each row, yyyymm.</summary>
    public int[] Periods { get; }

    /// <summary>Gets the year-to-date output of each row, yuan.</summary>
    public double[] YearToDateOutput { get; }

    /// <summary>Gets the year-to-date output of each row in whole cents (exact), when generated with them.</summary>
    public long[]? YearToDateCents { get; }

    /// <summary>Generates a panel.</summary>
    /// <param name="firms">The number of enterprises.</param>
    /// <param name="months">The number of months from January 2015 (120 = ten years).</param>
    /// <param name="withCents">Whether to keep the exact year-to-date cents too.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The panel columns.</returns>
    public static SyntheticPanel Generate(int firms, int months, bool withCents, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firms, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var counts = new int[firms];
        Parallel.For(0, firms, f =>
        {
            var plan = Plan(seed, f, months);
            int c = 0;
            for (int t = plan.Entry; t < plan.End; t++)
            {
                c += plan.Present(t) ? 1 : 0;
            }

            counts[f] = c;
        });
        var offsets = new long[firms + 1];
        for (int f = 0; f < firms; f++)
        {
            offsets[f + 1] = offsets[f] + counts[f];
        }

        var panel = new SyntheticPanel(firms, months, checked((int)offsets[firms]), withCents);
        Parallel.For(0, firms, f => panel.Fill(seed, f, months, (int)offsets[f]));
        return panel;
    }

    /// <summary>Counts the rows <see cref="Generate"/> would make, without making them.</summary>
    /// <param name="firms">The number of enterprises.</param>
    /// <param name="months">The number of months.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The row count.</returns>
    public static long CountRows(int firms, int months, ulong seed)
    {
        long rows = 0;
        for (int f = 0; f < firms; f++)
        {
            var plan = Plan(seed, f, months);
            for (int t = plan.Entry; t < plan.End; t++)
            {
                rows += plan.Present(t) ? 1 : 0;
            }
        }

        return rows;
    }

    private static FirmPlan Plan(ulong seed, int firm, int months)
    {
        var rng = new SplitMix(seed, (ulong)firm, 1);
        double u = rng.NextDouble();
        int cluster = 0;
        for (double acc = ClusterWeights[0]; cluster < ClusterCount - 1 && u >= acc; acc += ClusterWeights[++cluster])
        {
        }

        int entry = months > 1 && rng.NextDouble() < 0.25 ? 1 + (int)(rng.NextDouble() * (months - 1)) : 0;
        int end = months;
        if (rng.NextDouble() < 0.10 && months - entry > 1)
        {
            end = entry + 1 + (int)(rng.NextDouble() * (months - entry - 1));
        }

        bool zero = rng.NextDouble() < 0.01;
        return new FirmPlan(cluster, entry, end, zero, new SplitMix(seed, (ulong)firm, 3));
    }

    private void Fill(ulong seed, int firm, int months, int row)
    {
        var plan = Plan(seed, firm, months);
        var rng = new SplitMix(seed, (ulong)firm, 2);
        double size = Math.Exp(Math.Log(2.5e6) + (1.1 * rng.NextNormal()));
        double trend = Math.Log(Math.Max(0.5, 1.06 + (0.10 * rng.NextNormal()))) / 12.0;
        int id = 1000 + (2 * firm);
        long ytd = 0;
        for (int t = plan.Entry; t < plan.End; t++)
        {
            int year = FirstYear + (t / 12);
            int month = (t % 12) + 1;
            if (month == 1)
            {
                ytd = 0;
            }

            double factor = Season[month - 1];
            if (month <= 2)
            {
                factor *= month == FestivalMonth[(year - FirstYear) % FestivalMonth.Length] ? 0.62 : 0.9;
            }

            double noise = Math.Exp(0.08 * rng.NextNormal());
            bool zeroMonth = rng.NextDouble() < 0.005;
            long flow = plan.Zero || zeroMonth ? 0 : (long)Math.Round(size * Math.Exp(trend * t) * factor * noise * 100.0);
            ytd += flow;
            if (!plan.Present(t))
            {
                continue;
            }

            EnterpriseIds[row] = id;
            Clusters[row] = plan.Cluster;
            Periods[row] = (year * 100) + month;
            YearToDateOutput[row] = ytd / 100.0;
            if (YearToDateCents is { } cents)
            {
                cents[row] = ytd;
            }

            row++;
        }
    }

    private readonly struct FirmPlan(int cluster, int entry, int end, bool zero, SplitMix gaps)
    {
        public int Cluster { get; } = cluster;

        public int Entry { get; } = entry;

        public int End { get; } = end;

        public bool Zero { get; } = zero;

        /// <summary>Whether the firm reports month <paramref name="t"/> (its first month always; 1 % of the others missing).</summary>
        public bool Present(int t) => t == Entry || gaps.At((ulong)t) >= 0.01;
    }

    /// <summary>SplitMix64: a small, fast, well-mixed generator, one stream per (seed, firm, purpose).</summary>
    private struct SplitMix(ulong seed, ulong firm, ulong purpose)
    {
        private ulong state = Mix(seed ^ Mix((firm * 0x9E3779B97F4A7C15UL) + purpose));

        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

        public double NextNormal()
        {
            double u1 = 1.0 - NextDouble();
            double u2 = NextDouble();
            return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }

        /// <summary>A uniform double for index <paramref name="i"/> without advancing the stream (stateless hash).</summary>
        public readonly double At(ulong i) => (Mix(state + (i * 0x9E3779B97F4A7C15UL)) >> 11) * (1.0 / (1UL << 53));

        private ulong Next()
        {
            state += 0x9E3779B97F4A7C15UL;
            return Mix(state);
        }

        private static ulong Mix(ulong z)
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
