using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Threading.Tasks;

namespace Taizhou.Metrics.Panels;

/// <summary>
/// Computes the metrics of an <see cref="EnterprisePanel"/>: per cluster and for the total, per month, the year-to-date
/// total (1-N月累計), year-on-year growth (同比), share (佔比) and contribution (拉動, percentage points); per row, each
/// enterprise's year-on-year growth. Rates are fractions (0.267 = 26.7 %). Missing values are explicit, never NaN.
/// </summary>
/// <remarks>
/// <para>Formulas, with <c>X_c(t)</c> the sum of the year-to-date output of the rows of cluster <c>c</c> in month <c>t</c>
/// (a missing row counts as nothing) and <c>T(t) = Σ_c X_c(t)</c>:</para>
/// <list type="bullet">
/// <item>growth <c>g_c(t) = X_c(t) / X_c(t − 12) − 1</c>, missing when <c>t − 12</c> is before the first month of the
/// panel or <c>X_c(t − 12) = 0</c>;</item>
/// <item>share <c>s_c(t) = X_c(t) / T(t)</c>, missing when <c>T(t) = 0</c>;</item>
/// <item>contribution <c>k_c(t) = (X_c(t) − X_c(t − 12)) / T(t − 12)</c>, missing when <c>t − 12</c> is before the first
/// month or <c>T(t − 12) = 0</c>; <c>Σ_c k_c(t) = g_T(t)</c>;</item>
/// <item>for an enterprise row in month <c>t</c> with output <c>y</c>: <c>y / y' − 1</c> with <c>y'</c> the same
/// enterprise's output in its row for <c>t − 12</c> (<c>period − 100</c>), missing when that row is absent or
/// <c>y' = 0</c>.</item>
/// </list>
/// <para>
/// The work is split into chunks of rows fixed by the panel's shape (not by the machine, so every run adds in the same
/// order and gives the same bits), run on all cores; each chunk sums into its own table, and the tables are added in
/// chunk order. The enterprise growth is computed eight rows at a time with SIMD, comparing each row with the row
/// twelve places back (the base when the enterprise reports every month) and, only where that fails, comparing it with
/// all twelve rows before it at once.
/// </para>
/// </remarks>
public static class PanelCalculator
{
    private const int Block = 4096;

    /// <summary>Computes the metrics of a panel into a new buffer.</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="includeEnterpriseYearOnYear">Whether to compute each row's year-on-year growth too (9 bytes a row).</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    public static PanelMetrics Compute(EnterprisePanel panel, bool includeEnterpriseYearOnYear)
    {
        var metrics = PanelMetrics.Allocate(panel, includeEnterpriseYearOnYear);
        ComputeInto(panel, metrics);
        return metrics;
    }

    /// <summary>
    /// Computes the metrics of a panel into a buffer allocated earlier (<see cref="PanelMetrics.Allocate"/>), overwriting
    /// it; allocates nothing.
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="metrics">The buffer, of the panel's shape (<see cref="PanelMetrics.Fits"/>); it includes the enterprise growth or not as allocated.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The buffer does not fit the panel.</exception>
    public static void ComputeInto(EnterprisePanel panel, PanelMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(metrics);
        if (!metrics.Fits(panel))
        {
            throw new ArgumentException(
                $"The metrics buffer is for {metrics.RowCount} rows, {metrics.ClusterCount} clusters and {metrics.MonthCount} months from {metrics.FirstMonth}; the panel has {panel.RowCount} rows, {panel.ClusterCount} clusters and {panel.MonthCount} months from {panel.FirstMonth}.",
                nameof(metrics));
        }

        int n = panel.RowCount;
        int chunks = metrics.ChunkCount;
        int[] starts = metrics.ChunkStarts;
        for (int k = 0; k <= chunks; k++)
        {
            starts[k] = (int)((long)n * k / chunks);
        }

        if (chunks == 1)
        {
            RunChunk(panel, metrics, 0);
        }
        else
        {
            Parallel.For(0, chunks, k => RunChunk(panel, metrics, k));
        }

        Finish(metrics);
    }

    private static void RunChunk(EnterprisePanel panel, PanelMetrics metrics, int chunk)
    {
        int tableSize = metrics.ClusterCount * metrics.MonthCount;
        var acc = metrics.Partials.AsSpan(chunk * tableSize, tableSize);
        acc.Clear();
        int start = metrics.ChunkStarts[chunk];
        int end = metrics.ChunkStarts[chunk + 1];
        Span<int> cells = stackalloc int[Block];
        for (int b = start; b < end; b += Block)
        {
            int e = Math.Min(b + Block, end);
            Accumulate(panel, acc, cells, metrics.MonthCount, b, e);
            if (metrics.RowGrowth is { } growth && metrics.RowGrowthDefined is { } defined)
            {
                RowGrowth(panel, growth, defined, b, e);
            }
        }
    }

    /// <summary>Adds the output of rows [start, end) to the chunk's table, cell cluster × months + month index.</summary>
    private static void Accumulate(EnterprisePanel panel, Span<double> acc, Span<int> cellBuffer, int months, int start, int end)
    {
        ref int cluster = ref MemoryMarshal.GetArrayDataReference(panel.ClusterArray);
        ref int period = ref MemoryMarshal.GetArrayDataReference(panel.PeriodArray);
        ref double value = ref MemoryMarshal.GetArrayDataReference(panel.OutputArray);
        ref double table = ref MemoryMarshal.GetReference(acc);
        ref int cells = ref MemoryMarshal.GetReference(cellBuffer);
        int n = end - start;

        // cell = cluster × months + year × 12 + month − 1 − first = cluster × months + p − 88 × year − 1 − first, with
        // year = p / 100. The cells are computed eight rows at a time (year = ⌊p × 0.01f⌋ is exact: p < 2^24 and the
        // fraction p mod 100 / 100 is at least 0.01, far above float rounding), then added one by one. The panel's
        // validation guarantees that every cell is in range, so the table is indexed without bounds checks.
        int offset = -1 - panel.FirstMonthKey;
        int j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var hundredth = Vector256.Create(0.01f);
            var monthCount = Vector256.Create(months);
            var eightyEight = Vector256.Create(88);
            var shift = Vector256.Create(offset);
            for (; j + 8 <= n; j += 8)
            {
                var p = Vector256.LoadUnsafe(ref period, (nuint)(start + j));
                var year = Vector256.ConvertToInt32(Vector256.Floor(Vector256.ConvertToSingle(p) * hundredth));
                var cell = (Vector256.LoadUnsafe(ref cluster, (nuint)(start + j)) * monthCount) + p - (year * eightyEight) + shift;
                cell.StoreUnsafe(ref cells, (nuint)j);
            }
        }

        for (; j < n; j++)
        {
            int p = Unsafe.Add(ref period, start + j);
            Unsafe.Add(ref cells, j) = (Unsafe.Add(ref cluster, start + j) * months) + p - (88 * (p / 100)) + offset;
        }

        ref double v = ref Unsafe.Add(ref value, start);
        for (j = 0; j < n; j++)
        {
            Unsafe.Add(ref table, Unsafe.Add(ref cells, j)) += Unsafe.Add(ref v, j);
        }
    }

    /// <summary>Each row's growth against the same enterprise's row for period − 100, rows [start, end).</summary>
    private static void RowGrowth(EnterprisePanel panel, double[] growth, bool[] defined, int start, int end)
    {
        ref int id = ref MemoryMarshal.GetArrayDataReference(panel.EnterpriseIdArray);
        ref int period = ref MemoryMarshal.GetArrayDataReference(panel.PeriodArray);
        ref double value = ref MemoryMarshal.GetArrayDataReference(panel.OutputArray);
        ref double g = ref MemoryMarshal.GetArrayDataReference(growth);
        ref byte d = ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(defined));
        int i = start;
        for (; i < end && i < 12; i++)
        {
            RowGrowthScalar(panel, growth, defined, i);
        }

        if (Vector256.IsHardwareAccelerated)
        {
            // Eight rows at a time: ids and periods as 8 × int32, outputs as two 4 × double halves.
            var hundred = Vector256.Create(100);
            var one = Vector256.Create(1.0);
            for (; i + 8 <= end; i += 8)
            {
                nuint at = (nuint)i;
                nuint back = (nuint)(i - 12);
                var sameRow = Vector256.Equals(Vector256.LoadUnsafe(ref id, at), Vector256.LoadUnsafe(ref id, back))
                    & Vector256.Equals(Vector256.LoadUnsafe(ref period, at), Vector256.LoadUnsafe(ref period, back) + hundred);
                var okLow = Vector256.WidenLower(sameRow).AsDouble() & ~Vector256.Equals(Vector256.LoadUnsafe(ref value, back), Vector256<double>.Zero);
                var okHigh = Vector256.WidenUpper(sameRow).AsDouble() & ~Vector256.Equals(Vector256.LoadUnsafe(ref value, back + 4), Vector256<double>.Zero);
                var rateLow = ((Vector256.LoadUnsafe(ref value, at) / Vector256.ConditionalSelect(okLow, Vector256.LoadUnsafe(ref value, back), one)) - one) & okLow;
                var rateHigh = ((Vector256.LoadUnsafe(ref value, at + 4) / Vector256.ConditionalSelect(okHigh, Vector256.LoadUnsafe(ref value, back + 4), one)) - one) & okHigh;
                rateLow.StoreUnsafe(ref g, at);
                rateHigh.StoreUnsafe(ref g, at + 4);
                uint bits = okLow.ExtractMostSignificantBits() | (okHigh.ExtractMostSignificantBits() << 4);
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref d, i), SpreadBits(bits));
                if (bits != 0xFF)
                {
                    // A gap within the last twelve rows, an enterprise's first year or a zero base: probe the twelve rows back.
                    for (uint miss = ~bits & 0xFF; miss != 0; miss &= miss - 1)
                    {
                        RowGrowthProbe(ref id, ref period, ref value, ref g, ref d, i + BitOperations.TrailingZeroCount(miss));
                    }
                }
            }
        }

        for (; i < end; i++)
        {
            RowGrowthScalar(panel, growth, defined, i);
        }
    }

    /// <summary>Eight mask bits to eight bytes of 0 or 1 (a <see cref="bool"/> each), little-endian.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SpreadBits(uint bits)
    {
        if (Bmi2.X64.IsSupported)
        {
            return Bmi2.X64.ParallelBitDeposit(bits, 0x0101010101010101UL);
        }

        ReadOnlySpan<uint> nibbles = MaskBytes;
        return nibbles[(int)(bits & 0xF)] | ((ulong)nibbles[(int)(bits >> 4)] << 32);
    }

    /// <summary>
    /// One row's growth (row ≥ 12) by comparing its (enterprise, period − 100) with the twelve rows before it at once:
    /// periods strictly increase within an enterprise, so its base row, if any, is among them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RowGrowthProbe(ref int id, ref int period, ref double value, ref double g, ref byte d, int i)
    {
        int back = i - 12;
        var ids = Vector256.Create(Unsafe.Add(ref id, i));
        var target = Vector256.Create(Unsafe.Add(ref period, i) - 100);
        var first8 = Vector256.Equals(Vector256.LoadUnsafe(ref id, (nuint)back), ids)
            & Vector256.Equals(Vector256.LoadUnsafe(ref period, (nuint)back), target);
        var last4 = Vector128.Equals(Vector128.LoadUnsafe(ref id, (nuint)(back + 8)), ids.GetLower())
            & Vector128.Equals(Vector128.LoadUnsafe(ref period, (nuint)(back + 8)), target.GetLower());
        uint found = first8.ExtractMostSignificantBits() | (last4.ExtractMostSignificantBits() << 8);
        double rate = 0.0;
        bool ok = false;
        if (found != 0)
        {
            double b = Unsafe.Add(ref value, back + BitOperations.TrailingZeroCount(found));
            ok = b != 0.0;
            rate = ok ? (Unsafe.Add(ref value, i) / b) - 1.0 : 0.0;
        }

        Unsafe.Add(ref g, i) = rate;
        Unsafe.Add(ref d, i) = ok ? (byte)1 : (byte)0;
    }

    private static void RowGrowthScalar(EnterprisePanel panel, double[] growth, bool[] defined, int i)
    {
        int[] ids = panel.EnterpriseIdArray;
        int[] periods = panel.PeriodArray;
        double[] values = panel.OutputArray;
        int id = ids[i];
        int target = periods[i] - 100;

        // Periods strictly increase within an enterprise, so its row for period − 100 (twelve months back) is at most
        // twelve rows back.
        int k = Math.Max(i - 12, 0);
        while (k < i && ids[k] != id)
        {
            k++;
        }

        while (k < i && periods[k] < target)
        {
            k++;
        }

        if (k < i && periods[k] == target && values[k] != 0.0)
        {
            growth[i] = (values[i] / values[k]) - 1.0;
            defined[i] = true;
        }
        else
        {
            growth[i] = 0.0;
            defined[i] = false;
        }
    }

    /// <summary>Adds the chunk tables in chunk order, then derives the total, growth, shares and contributions.</summary>
    private static void Finish(PanelMetrics metrics)
    {
        int c = metrics.ClusterCount;
        int months = metrics.MonthCount;
        int cells = c * months;
        double[] totals = metrics.Totals;
        var clusterTotals = totals.AsSpan(0, cells);
        metrics.Partials.AsSpan(0, cells).CopyTo(clusterTotals);
        for (int k = 1; k < metrics.ChunkCount; k++)
        {
            var part = metrics.Partials.AsSpan(k * cells, cells);
            for (int j = 0; j < cells; j++)
            {
                clusterTotals[j] += part[j];
            }
        }

        var grand = totals.AsSpan(cells, months);
        grand.Clear();
        for (int s = 0; s < c; s++)
        {
            for (int m = 0; m < months; m++)
            {
                grand[m] += totals[(s * months) + m];
            }
        }

        for (int s = 0; s <= c; s++)
        {
            for (int m = 0; m < months; m++)
            {
                int i = (s * months) + m;
                double x = totals[i];
                double t = grand[m];
                metrics.ShareDefined[i] = t != 0.0;
                metrics.Shares[i] = t != 0.0 ? x / t : 0.0;
                bool hasBase = m >= 12;
                double xb = hasBase ? totals[i - 12] : 0.0;
                double tb = hasBase ? grand[m - 12] : 0.0;
                metrics.GrowthDefined[i] = xb != 0.0;
                metrics.Growth[i] = xb != 0.0 ? (x / xb) - 1.0 : 0.0;
                metrics.ContributionDefined[i] = tb != 0.0;
                metrics.Contributions[i] = tb == 0.0 ? 0.0 : s == c ? metrics.Growth[i] : (x - xb) / tb;
            }
        }
    }

    /// <summary>Four mask bits to four bytes of 0 or 1 (a <see cref="bool"/> each), little-endian.</summary>
    private static ReadOnlySpan<uint> MaskBytes =>
    [
        0x00000000, 0x00000001, 0x00000100, 0x00000101, 0x00010000, 0x00010001, 0x00010100, 0x00010101,
        0x01000000, 0x01000001, 0x01000100, 0x01000101, 0x01010000, 0x01010001, 0x01010100, 0x01010101,
    ];
}
