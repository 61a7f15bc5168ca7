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
/// total (1-N月累计), year-on-year growth (同比), share (占比) and contribution (拉动, percentage points); per row, each
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
/// <para>With the comparable basis (同口径, asked for with <c>includeComparable</c>), for cluster <c>c</c> and month
/// <c>t</c>: the comparable firms are those with a row of cluster <c>c</c> in <c>t</c> and a row of cluster <c>c</c> in
/// <c>t − 12</c> (for the total: a row in both months, in any cluster; a zero output counts, with its zero);
/// <c>C_c(t)</c> and <c>C'_c(t)</c> are their outputs in <c>t</c> and <c>t − 12</c>, <c>E_c(t)</c> (新进入) the output in
/// <c>t</c> of the other rows of <c>c</c> in <c>t</c> (new firms and firms that moved into <c>c</c>), <c>Q_c(t)</c> (退出)
/// the output in <c>t − 12</c> of the rows of <c>c</c> in <c>t − 12</c> whose firm has no row of <c>c</c> in <c>t</c>
/// (firms gone and firms that moved out). Then:</para>
/// <list type="bullet">
/// <item><c>X_c(t) − X_c(t − 12) = (C_c(t) − C'_c(t)) + E_c(t) − Q_c(t)</c>, exactly in exact arithmetic;</item>
/// <item>comparable growth <c>C_c(t) / C'_c(t) − 1</c>, comparable contribution <c>(C_c(t) − C'_c(t)) / C'_T(t)</c>, with
/// <c>C'_T</c> the total's comparable base; missing under the same rules as the growth (no base month, or a zero
/// denominator), and the decomposition itself missing when <c>t</c> or <c>t − 12</c> has no row or is off the axis;</item>
/// <item>a firm that changed cluster within the year is comparable for the total but an exit of the old cluster and an
/// entrant of the new, so <c>Σ_c</c> of the comparable contributions is the total's comparable growth minus
/// <c>(S(t) − S'(t)) / C'_T(t)</c>, with <c>S</c>, <c>S'</c> the output of those firms in <c>t</c> and <c>t − 12</c>.</item>
/// </list>
/// <para>
/// The work is split into chunks of rows fixed by the panel's shape (not by the machine, so every run adds in the same
/// order and gives the same bits), run on all cores; each chunk sums into its own table, and the tables are added in
/// chunk order. The outputs of eight rows whose cells are consecutive (an enterprise reporting every month) are added
/// to the table as vectors. The enterprise growth is computed sixteen rows at a time with 512-bit vectors (eight with
/// 256-bit ones), comparing each row with the row twelve places back (the base when the enterprise reports every
/// month) and, only where that fails, comparing it with all twelve rows before it at once. The comparable sums take the
/// same shape: eight rows whose rows a year before and a year after are twelve places away in the same cluster are
/// added as vectors, other rows compare the twelve rows on either side at once; they cost about three times as much as
/// the cluster totals, so they are computed only when asked for.
/// </para>
/// <para>
/// A panel too large for memory, sorted by (enterprise, period), can be streamed through a <see cref="PanelAccumulator"/>
/// instead: it cuts the rows into the same chunks and adds their tables in the same order, so its metrics are these, bit
/// for bit.
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
    public static PanelMetrics Compute(EnterprisePanel panel, bool includeEnterpriseYearOnYear) =>
        Compute(panel, includeEnterpriseYearOnYear, includeComparable: false);

    /// <summary>
    /// Computes the metrics of a panel into a new buffer, with or without the comparable basis (同口径) and the
    /// entry/exit decomposition (新进入, 退出) of each cluster and month (see the remarks of <see cref="PanelCalculator"/>).
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="includeEnterpriseYearOnYear">Whether to compute each row's year-on-year growth too (9 bytes a row).</param>
    /// <param name="includeComparable">Whether to compute the comparable basis and the entry/exit decomposition.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    public static PanelMetrics Compute(EnterprisePanel panel, bool includeEnterpriseYearOnYear, bool includeComparable)
    {
        var metrics = PanelMetrics.Allocate(panel, includeEnterpriseYearOnYear, includeComparable);
        ComputeInto(panel, metrics);
        return metrics;
    }

    /// <summary>
    /// Computes the metrics of a panel into a buffer allocated earlier (<see cref="PanelMetrics.Allocate(EnterprisePanel, bool, bool)"/>), overwriting
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

        panel.MonthHasRows.CopyTo(metrics.MonthRows);
        int chunks = metrics.ChunkCount;
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

    /// <summary>
    /// Computes the year-on-year growth (同比) of a range of rows into buffers of the caller: row
    /// <c>firstRow + k</c> goes to <c>growth[k]</c> and <c>defined[k]</c>, for every <c>k</c> of the buffers. Gives the
    /// same values, bit for bit, as <see cref="PanelMetrics.EnterpriseYearOnYearValues"/>; allocates nothing.
    /// </summary>
    /// <remarks>
    /// This lets a caller stream the growth of a large panel through a small buffer (the command-line tool writes
    /// <c>enterprise_yoy.csv</c> this way) instead of holding 9 bytes for every row. It runs on the calling thread.
    /// </remarks>
    /// <param name="panel">The panel.</param>
    /// <param name="firstRow">The first row of the range, 0 to <see cref="EnterprisePanel.RowCount"/>.</param>
    /// <param name="growth">Receives each row's growth as a fraction; 0 where <paramref name="defined"/> is false.</param>
    /// <param name="defined">
    /// Receives whether each row's growth is defined: false when the enterprise has no row for the same month a year
    /// earlier or that row's output is zero. Same length as <paramref name="growth"/>.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentException">The buffers differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie within the panel's rows.</exception>
    public static void EnterpriseYearOnYearInto(EnterprisePanel panel, int firstRow, Span<double> growth, Span<bool> defined)
    {
        ArgumentNullException.ThrowIfNull(panel);
        if (growth.Length != defined.Length)
        {
            throw new ArgumentException($"The buffers differ in length: growth {growth.Length}, defined {defined.Length}.", nameof(defined));
        }

        if (firstRow < 0 || firstRow > panel.RowCount - growth.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(firstRow), firstRow, $"Rows {firstRow} to {(long)firstRow + growth.Length - 1} are not within the panel's rows 0 to {panel.RowCount - 1}.");
        }

        if (growth.IsEmpty)
        {
            return;
        }

        RowGrowth(
            panel.Columns,
            ref MemoryMarshal.GetReference(growth),
            ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetReference(defined)),
            firstRow,
            firstRow + growth.Length);
    }

    private static void RunChunk(EnterprisePanel whole, PanelMetrics metrics, int chunk)
    {
        var panel = whole.Columns;
        int tableSize = metrics.ClusterCount * metrics.MonthCount;
        var acc = metrics.Partials.AsSpan(chunk * tableSize, tableSize);
        acc.Clear();
        int start = metrics.ChunkStarts[chunk];
        int end = metrics.ChunkStarts[chunk + 1];
        double[]? growth = metrics.RowGrowth;
        bool[]? defined = metrics.RowGrowthDefined;
        var comparable = metrics.Comparable is { } tables ? tables.Partials.AsSpan(chunk * tables.Stride, tables.Stride) : default;
        comparable.Clear();
        for (int b = start; b < end; b += Block)
        {
            int e = Math.Min(b + Block, end);
            Accumulate(panel, acc, metrics.MonthCount, b, e);
            if (!comparable.IsEmpty)
            {
                AccumulateComparable(panel, comparable, metrics.MonthCount, b, e);
            }

            if (growth is not null && defined is not null)
            {
                RowGrowth(
                    panel,
                    ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(growth), b),
                    ref Unsafe.Add(ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(defined)), b),
                    b,
                    e);
            }
        }
    }

    /// <summary>Adds the output of rows [start, end) to the chunk's table, cell cluster × months + month index.</summary>
    internal static void Accumulate(in PanelColumns panel, Span<double> acc, int months, int start, int end)
    {
        ref int cluster = ref MemoryMarshal.GetArrayDataReference(panel.ClusterArray);
        ref int period = ref MemoryMarshal.GetArrayDataReference(panel.PeriodArray);
        ref double value = ref MemoryMarshal.GetArrayDataReference(panel.OutputArray);
        ref double table = ref MemoryMarshal.GetReference(acc);

        // cell = cluster × months + year × 12 + month − 1 − first = cluster × months + p − 88 × year − 1 − first, with
        // year = p / 100. The cells are computed eight rows at a time (year = ⌊p × 0.01f⌋ is exact: p < 2^24 and the
        // fraction p mod 100 / 100 is at least 0.01, far above float rounding). An enterprise that reports every month
        // fills consecutive cells, so eight rows whose cells are consecutive (the usual case: rows are sorted by
        // enterprise and period) are added to the table as two vectors; other groups of eight are added row by row.
        // Either way each cell gets its rows' outputs added in row order, so the sums are the same bits. The panel's
        // validation guarantees that every cell is in range, so the table is indexed without bounds checks.
        int offset = -1 - panel.FirstMonthKey;
        int j = start;
        if (Vector256.IsHardwareAccelerated)
        {
            var hundredth = Vector256.Create(0.01f);
            var monthCount = Vector256.Create(months);
            var eightyEight = Vector256.Create(88);
            var shift = Vector256.Create(offset);
            var step = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
            for (; j + 8 <= end; j += 8)
            {
                var p = Vector256.LoadUnsafe(ref period, (nuint)j);
                var year = Vector256.ConvertToInt32(Vector256.Floor(Vector256.ConvertToSingle(p) * hundredth));
                var cell = (Vector256.LoadUnsafe(ref cluster, (nuint)j) * monthCount) + p - (year * eightyEight) + shift;
                int first = cell.ToScalar();
                if (Vector256.EqualsAll(cell, Vector256.Create(first) + step))
                {
                    ref double t = ref Unsafe.Add(ref table, first);
                    (Vector256.LoadUnsafe(ref t) + Vector256.LoadUnsafe(ref value, (nuint)j)).StoreUnsafe(ref t);
                    (Vector256.LoadUnsafe(ref t, 4) + Vector256.LoadUnsafe(ref value, (nuint)j + 4)).StoreUnsafe(ref t, 4);
                }
                else
                {
                    for (int k = 0; k < 8; k++)
                    {
                        Unsafe.Add(ref table, cell.GetElement(k)) += Unsafe.Add(ref value, j + k);
                    }
                }
            }
        }

        for (; j < end; j++)
        {
            int p = Unsafe.Add(ref period, j);
            Unsafe.Add(ref table, (Unsafe.Add(ref cluster, j) * months) + p - (88 * (p / 100)) + offset) += Unsafe.Add(ref value, j);
        }
    }

    /// <summary>
    /// Adds rows [start, end) to the chunk's comparable scratch table (layout in <see cref="ComparableTables"/>): each
    /// row's output to its cluster's comparable sums when the firm's row a year before is in the same cluster, else to
    /// the entrants; and, when the firm has no row a year after in the same cluster, to the exits of that later month.
    /// </summary>
    internal static void AccumulateComparable(in PanelColumns panel, Span<double> acc, int months, int start, int end)
    {
        ref int id = ref MemoryMarshal.GetArrayDataReference(panel.EnterpriseIdArray);
        ref int cluster = ref MemoryMarshal.GetArrayDataReference(panel.ClusterArray);
        ref int period = ref MemoryMarshal.GetArrayDataReference(panel.PeriodArray);
        ref double value = ref MemoryMarshal.GetArrayDataReference(panel.OutputArray);
        ref double table = ref MemoryMarshal.GetReference(acc);
        int clusterCells = (acc.Length - (5 * months)) / 5;
        int rows = panel.RowCount;
        int offset = -1 - panel.FirstMonthKey;
        int j = start;

        // The usual case, eight rows of one firm in consecutive months whose rows a year before are the rows twelve
        // places back (eleven after a missed month), in the same cluster, and whose rows a year after are twelve (or
        // eleven) places on, in the same cluster: their
        // outputs and bases are added to the comparable sums as vectors, and they are no exits. In other groups of eight,
        // a row whose row twelve places back is its base is added directly, and the others compare the twelve rows before
        // (or after) them at once (periods strictly increase within a firm, so its rows a year away are among them).
        // Each cell gets its rows in row order either way.
        if (Vector256.IsHardwareAccelerated)
        {
            for (; j < end && j < 12; j++)
            {
                AddCurrent(ref cluster, ref period, ref value, ref table, clusterCells, months, offset, j, FindBackScalar(ref id, ref period, j));
                AddExit(ref cluster, ref period, ref value, ref table, clusterCells, months, offset, j, FindAheadScalar(ref id, ref period, j, rows));
            }

            int vectorEnd = Math.Min(end, rows - 20);
            var hundredth = Vector256.Create(0.01f);
            var hundred = Vector256.Create(100);
            var monthCount = Vector256.Create(months);
            var eightyEight = Vector256.Create(88);
            var shift = Vector256.Create(offset);
            var step = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
            var ones = Vector256.Create(1.0);
            var twelve = Vector256.Create(12);
            var lastYear = Vector256.Create(months - 12);
            for (; j + 8 <= vectorEnd; j += 8)
            {
                nuint at = (nuint)j;
                var ids = Vector256.LoadUnsafe(ref id, at);
                var p = Vector256.LoadUnsafe(ref period, at);
                var c = Vector256.LoadUnsafe(ref cluster, at);
                var year = Vector256.ConvertToInt32(Vector256.Floor(Vector256.ConvertToSingle(p) * hundredth));
                var cell = (c * monthCount) + p - (year * eightyEight) + shift;
                int first = cell.ToScalar();
                var target = p - hundred;
                var back12 = Vector256.Equals(Vector256.LoadUnsafe(ref id, at - 12), ids)
                    & Vector256.Equals(Vector256.LoadUnsafe(ref period, at - 12), target)
                    & Vector256.Equals(Vector256.LoadUnsafe(ref cluster, at - 12), c);
                var back11 = Vector256.Equals(Vector256.LoadUnsafe(ref id, at - 11), ids)
                    & Vector256.Equals(Vector256.LoadUnsafe(ref period, at - 11), target)
                    & Vector256.Equals(Vector256.LoadUnsafe(ref cluster, at - 11), c);
                uint bits12 = back12.ExtractMostSignificantBits();
                uint bits11 = back11.ExtractMostSignificantBits();
                if ((bits12 | bits11) == 0xFF && Vector256.EqualsAll(cell, Vector256.Create(first) + step))
                {
                    // Each row's base is twelve rows back, or eleven after a month the firm missed a year before.
                    var baseLow = Vector256.ConditionalSelect(Vector256.WidenLower(back12).AsDouble(), Vector256.LoadUnsafe(ref value, at - 12), Vector256.LoadUnsafe(ref value, at - 11));
                    var baseHigh = Vector256.ConditionalSelect(Vector256.WidenUpper(back12).AsDouble(), Vector256.LoadUnsafe(ref value, at - 8), Vector256.LoadUnsafe(ref value, at - 7));
                    ref double current = ref Unsafe.Add(ref table, first);
                    ref double baseSum = ref Unsafe.Add(ref table, clusterCells + first);
                    ref double firms = ref Unsafe.Add(ref table, (2 * clusterCells) + first);
                    (Vector256.LoadUnsafe(ref current) + Vector256.LoadUnsafe(ref value, at)).StoreUnsafe(ref current);
                    (Vector256.LoadUnsafe(ref current, 4) + Vector256.LoadUnsafe(ref value, at + 4)).StoreUnsafe(ref current, 4);
                    (Vector256.LoadUnsafe(ref baseSum) + baseLow).StoreUnsafe(ref baseSum);
                    (Vector256.LoadUnsafe(ref baseSum, 4) + baseHigh).StoreUnsafe(ref baseSum, 4);
                    (Vector256.LoadUnsafe(ref firms) + ones).StoreUnsafe(ref firms);
                    (Vector256.LoadUnsafe(ref firms, 4) + ones).StoreUnsafe(ref firms, 4);
                }
                else
                {
                    // Rows of the panel's first twelve months have no base month: their cells have no decomposition.
                    var month = p - (year * eightyEight) + shift;
                    uint open = ~Vector256.LessThan(month, twelve).ExtractMostSignificantBits() & 0xFF;
                    for (; open != 0; open &= open - 1)
                    {
                        int k = BitOperations.TrailingZeroCount(open);
                        int row = j + k;
                        int found = ((bits12 >> k) & 1) != 0 ? row - 12 : ((bits11 >> k) & 1) != 0 ? row - 11 : FindBack(ref id, ref period, row);
                        AddCurrent(ref cluster, ref period, ref value, ref table, clusterCells, months, offset, row, found);
                    }
                }

                // Rows of the panel's last twelve months are no exits of any month on the axis.
                var later = p + hundred;
                var ahead = (Vector256.Equals(Vector256.LoadUnsafe(ref id, at + 12), ids)
                    & Vector256.Equals(Vector256.LoadUnsafe(ref period, at + 12), later)
                    & Vector256.Equals(Vector256.LoadUnsafe(ref cluster, at + 12), c))
                    | (Vector256.Equals(Vector256.LoadUnsafe(ref id, at + 11), ids)
                    & Vector256.Equals(Vector256.LoadUnsafe(ref period, at + 11), later)
                    & Vector256.Equals(Vector256.LoadUnsafe(ref cluster, at + 11), c))
                    | Vector256.GreaterThanOrEqual(p - (year * eightyEight) + shift, lastYear);
                for (uint open = ~ahead.ExtractMostSignificantBits() & 0xFF; open != 0; open &= open - 1)
                {
                    int row = j + BitOperations.TrailingZeroCount(open);
                    AddExit(ref cluster, ref period, ref value, ref table, clusterCells, months, offset, row, FindAhead(ref id, ref period, row));
                }
            }
        }

        for (; j < end; j++)
        {
            AddCurrent(ref cluster, ref period, ref value, ref table, clusterCells, months, offset, j, FindBackScalar(ref id, ref period, j));
            AddExit(ref cluster, ref period, ref value, ref table, clusterCells, months, offset, j, FindAheadScalar(ref id, ref period, j, rows));
        }
    }

    /// <summary>The row of the same firm for period − 100 among the twelve rows before row <paramref name="i"/> (i ≥ 12), compared at once; −1 when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FindBack(ref int id, ref int period, int i)
    {
        int back = i - 12;
        var ids = Vector256.Create(Unsafe.Add(ref id, i));
        var target = Vector256.Create(Unsafe.Add(ref period, i) - 100);
        var first8 = Vector256.Equals(Vector256.LoadUnsafe(ref id, (nuint)back), ids)
            & Vector256.Equals(Vector256.LoadUnsafe(ref period, (nuint)back), target);
        var last4 = Vector128.Equals(Vector128.LoadUnsafe(ref id, (nuint)(back + 8)), ids.GetLower())
            & Vector128.Equals(Vector128.LoadUnsafe(ref period, (nuint)(back + 8)), target.GetLower());
        uint found = first8.ExtractMostSignificantBits() | (last4.ExtractMostSignificantBits() << 8);
        return found != 0 ? back + BitOperations.TrailingZeroCount(found) : -1;
    }

    /// <summary>The row of the same firm for period + 100 among the twelve rows after row <paramref name="i"/> (i + 12 below the row count), compared at once; −1 when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FindAhead(ref int id, ref int period, int i)
    {
        int ahead = i + 1;
        var ids = Vector256.Create(Unsafe.Add(ref id, i));
        var target = Vector256.Create(Unsafe.Add(ref period, i) + 100);
        var first8 = Vector256.Equals(Vector256.LoadUnsafe(ref id, (nuint)ahead), ids)
            & Vector256.Equals(Vector256.LoadUnsafe(ref period, (nuint)ahead), target);
        var last4 = Vector128.Equals(Vector128.LoadUnsafe(ref id, (nuint)(ahead + 8)), ids.GetLower())
            & Vector128.Equals(Vector128.LoadUnsafe(ref period, (nuint)(ahead + 8)), target.GetLower());
        uint found = first8.ExtractMostSignificantBits() | (last4.ExtractMostSignificantBits() << 8);
        return found != 0 ? ahead + BitOperations.TrailingZeroCount(found) : -1;
    }

    /// <summary>The row of the same firm for period − 100 before row <paramref name="i"/>, any row, by plain search; −1 when none.</summary>
    private static int FindBackScalar(ref int ids, ref int periods, int i)
    {
        int id = Unsafe.Add(ref ids, i);
        int target = Unsafe.Add(ref periods, i) - 100;
        int k = Math.Max(i - 12, 0);
        while (k < i && Unsafe.Add(ref ids, k) != id)
        {
            k++;
        }

        while (k < i && Unsafe.Add(ref periods, k) < target)
        {
            k++;
        }

        return k < i && Unsafe.Add(ref periods, k) == target ? k : -1;
    }

    /// <summary>The row of the same firm for period + 100 after row <paramref name="i"/>, any row, by plain search; −1 when none.</summary>
    private static int FindAheadScalar(ref int ids, ref int periods, int i, int rows)
    {
        int id = Unsafe.Add(ref ids, i);
        int target = Unsafe.Add(ref periods, i) + 100;
        int last = Math.Min(i + 12, rows - 1);
        int k = i + 1;
        while (k <= last && Unsafe.Add(ref ids, k) == id && Unsafe.Add(ref periods, k) < target)
        {
            k++;
        }

        return k <= last && Unsafe.Add(ref ids, k) == id && Unsafe.Add(ref periods, k) == target ? k : -1;
    }

    /// <summary>
    /// Row <paramref name="i"/> in month t, with <paramref name="b"/> the firm's row for t − 12 or −1: to its cluster's
    /// comparable sums when that row is in the same cluster; else to its cluster's entrants and, when that row is in
    /// another cluster, to the month's cluster changers, or when there is none, to the month's entrants of the total.
    /// </summary>
    private static void AddCurrent(ref int clusters, ref int periods, ref double values, ref double table, int clusterCells, int months, int offset, int i, int b)
    {
        int p = Unsafe.Add(ref periods, i);
        int c = Unsafe.Add(ref clusters, i);
        int m = p - (88 * (p / 100)) + offset;
        int cell = (c * months) + m;
        double y = Unsafe.Add(ref values, i);
        ref double perMonth = ref Unsafe.Add(ref table, 5 * clusterCells);
        if (b >= 0)
        {
            double yb = Unsafe.Add(ref values, b);
            if (Unsafe.Add(ref clusters, b) == c)
            {
                Unsafe.Add(ref table, cell) += y;
                Unsafe.Add(ref table, clusterCells + cell) += yb;
                Unsafe.Add(ref table, (2 * clusterCells) + cell) += 1.0;
            }
            else
            {
                Unsafe.Add(ref table, (3 * clusterCells) + cell) += y;
                Unsafe.Add(ref perMonth, m) += y;
                Unsafe.Add(ref perMonth, months + m) += yb;
                Unsafe.Add(ref perMonth, (2 * months) + m) += 1.0;
            }
        }
        else
        {
            Unsafe.Add(ref table, (3 * clusterCells) + cell) += y;
            Unsafe.Add(ref perMonth, (3 * months) + m) += y;
        }
    }

    /// <summary>
    /// Row <paramref name="i"/> in month u, with <paramref name="a"/> the firm's row for u + 12 or −1, when u + 12 is on
    /// the axis: to its cluster's exits of u + 12 unless that row is in the same cluster, and to the total's exits of
    /// u + 12 when there is no such row.
    /// </summary>
    private static void AddExit(ref int clusters, ref int periods, ref double values, ref double table, int clusterCells, int months, int offset, int i, int a)
    {
        int p = Unsafe.Add(ref periods, i);
        int m = p - (88 * (p / 100)) + offset;
        if (m + 12 >= months)
        {
            return;
        }

        int c = Unsafe.Add(ref clusters, i);
        double y = Unsafe.Add(ref values, i);
        if (a < 0 || Unsafe.Add(ref clusters, a) != c)
        {
            Unsafe.Add(ref table, (4 * clusterCells) + (c * months) + m + 12) += y;
        }

        if (a < 0)
        {
            Unsafe.Add(ref table, (5 * clusterCells) + (4 * months) + m + 12) += y;
        }
    }

    /// <summary>
    /// Each row's growth against the same enterprise's row for period − 100, rows [start, end), row <c>i</c> into
    /// <c>g[i − start]</c> and <c>d[i − start]</c> (a <see cref="bool"/> as a byte).
    /// </summary>
    internal static void RowGrowth(in PanelColumns panel, ref double g, ref byte d, int start, int end)
    {
        ref int id = ref MemoryMarshal.GetArrayDataReference(panel.EnterpriseIdArray);
        ref int period = ref MemoryMarshal.GetArrayDataReference(panel.PeriodArray);
        ref double value = ref MemoryMarshal.GetArrayDataReference(panel.OutputArray);
        int i = start;
        for (; i < end && i < 12; i++)
        {
            RowGrowthScalar(ref id, ref period, ref value, ref g, ref d, i, i - start);
        }

        // The vector paths settle most rows without a search: the base is the row twelve places back when the
        // enterprise reported every month of the year before, or eleven places back when it missed one of them; a row
        // whose period − 100 is before the panel's first month has no base at all. Only the other rows (an enterprise's
        // first year after a late entry, a missing base month, several gaps) are searched among the twelve rows before.
        int firstPeriod = PanelMonth.ToPeriod(panel.FirstMonthKey);
        if (Vector512.IsHardwareAccelerated)
        {
            // Sixteen rows at a time where the machine has 512-bit vectors: ids and periods as 16 × int32, outputs as
            // two 8 × double halves. Division is exactly rounded at any width, so the bits are those of the paths below.
            var hundred = Vector512.Create(100);
            var before = Vector512.Create(firstPeriod);
            var one = Vector512.Create(1.0);
            for (; i + 16 <= end; i += 16)
            {
                nuint at = (nuint)i;
                nuint back = (nuint)(i - 12);
                nuint to = (nuint)(i - start);
                var ids = Vector512.LoadUnsafe(ref id, at);
                var target = Vector512.LoadUnsafe(ref period, at) - hundred;
                var at12 = Vector512.Equals(Vector512.LoadUnsafe(ref id, back), ids) & Vector512.Equals(Vector512.LoadUnsafe(ref period, back), target);
                var at11 = Vector512.Equals(Vector512.LoadUnsafe(ref id, back + 1), ids) & Vector512.Equals(Vector512.LoadUnsafe(ref period, back + 1), target);
                var found = at12 | at11;
                var baseLow = Vector512.ConditionalSelect(Vector512.WidenLower(at12).AsDouble(), Vector512.LoadUnsafe(ref value, back), Vector512.LoadUnsafe(ref value, back + 1));
                var baseHigh = Vector512.ConditionalSelect(Vector512.WidenUpper(at12).AsDouble(), Vector512.LoadUnsafe(ref value, back + 8), Vector512.LoadUnsafe(ref value, back + 9));
                var okLow = Vector512.WidenLower(found).AsDouble() & ~Vector512.Equals(baseLow, Vector512<double>.Zero);
                var okHigh = Vector512.WidenUpper(found).AsDouble() & ~Vector512.Equals(baseHigh, Vector512<double>.Zero);
                var rateLow = ((Vector512.LoadUnsafe(ref value, at) / Vector512.ConditionalSelect(okLow, baseLow, one)) - one) & okLow;
                var rateHigh = ((Vector512.LoadUnsafe(ref value, at + 8) / Vector512.ConditionalSelect(okHigh, baseHigh, one)) - one) & okHigh;
                rateLow.StoreUnsafe(ref g, to);
                rateHigh.StoreUnsafe(ref g, to + 8);
                uint bits = (uint)okLow.ExtractMostSignificantBits() | ((uint)okHigh.ExtractMostSignificantBits() << 8);
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref d, to), SpreadBits(bits & 0xFF));
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref d, to + 8), SpreadBits(bits >> 8));
                uint settled = (uint)(found | Vector512.LessThan(target, before)).ExtractMostSignificantBits();
                for (uint open = ~settled & 0xFFFF; open != 0; open &= open - 1)
                {
                    int row = i + BitOperations.TrailingZeroCount(open);
                    RowGrowthProbe(ref id, ref period, ref value, ref g, ref d, row, row - start);
                }
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            // Eight rows at a time: ids and periods as 8 × int32, outputs as two 4 × double halves.
            var hundred = Vector256.Create(100);
            var before = Vector256.Create(firstPeriod);
            var one = Vector256.Create(1.0);
            for (; i + 8 <= end; i += 8)
            {
                nuint at = (nuint)i;
                nuint back = (nuint)(i - 12);
                nuint to = (nuint)(i - start);
                var ids = Vector256.LoadUnsafe(ref id, at);
                var target = Vector256.LoadUnsafe(ref period, at) - hundred;
                var at12 = Vector256.Equals(Vector256.LoadUnsafe(ref id, back), ids) & Vector256.Equals(Vector256.LoadUnsafe(ref period, back), target);
                var at11 = Vector256.Equals(Vector256.LoadUnsafe(ref id, back + 1), ids) & Vector256.Equals(Vector256.LoadUnsafe(ref period, back + 1), target);
                var found = at12 | at11;
                var baseLow = Vector256.ConditionalSelect(Vector256.WidenLower(at12).AsDouble(), Vector256.LoadUnsafe(ref value, back), Vector256.LoadUnsafe(ref value, back + 1));
                var baseHigh = Vector256.ConditionalSelect(Vector256.WidenUpper(at12).AsDouble(), Vector256.LoadUnsafe(ref value, back + 4), Vector256.LoadUnsafe(ref value, back + 5));
                var okLow = Vector256.WidenLower(found).AsDouble() & ~Vector256.Equals(baseLow, Vector256<double>.Zero);
                var okHigh = Vector256.WidenUpper(found).AsDouble() & ~Vector256.Equals(baseHigh, Vector256<double>.Zero);
                var rateLow = ((Vector256.LoadUnsafe(ref value, at) / Vector256.ConditionalSelect(okLow, baseLow, one)) - one) & okLow;
                var rateHigh = ((Vector256.LoadUnsafe(ref value, at + 4) / Vector256.ConditionalSelect(okHigh, baseHigh, one)) - one) & okHigh;
                rateLow.StoreUnsafe(ref g, to);
                rateHigh.StoreUnsafe(ref g, to + 4);
                uint bits = okLow.ExtractMostSignificantBits() | (okHigh.ExtractMostSignificantBits() << 4);
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref d, to), SpreadBits(bits));
                uint settled = (found | Vector256.LessThan(target, before)).ExtractMostSignificantBits();
                for (uint open = ~settled & 0xFF; open != 0; open &= open - 1)
                {
                    int row = i + BitOperations.TrailingZeroCount(open);
                    RowGrowthProbe(ref id, ref period, ref value, ref g, ref d, row, row - start);
                }
            }
        }

        for (; i < end; i++)
        {
            RowGrowthScalar(ref id, ref period, ref value, ref g, ref d, i, i - start);
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
    /// periods strictly increase within an enterprise, so its base row, if any, is among them. Written to slot
    /// <paramref name="to"/> of <paramref name="g"/> and <paramref name="d"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RowGrowthProbe(ref int id, ref int period, ref double value, ref double g, ref byte d, int i, int to)
    {
        int k = FindBack(ref id, ref period, i);
        double rate = 0.0;
        bool ok = false;
        if (k >= 0)
        {
            double b = Unsafe.Add(ref value, k);
            ok = b != 0.0;
            rate = ok ? (Unsafe.Add(ref value, i) / b) - 1.0 : 0.0;
        }

        Unsafe.Add(ref g, to) = rate;
        Unsafe.Add(ref d, to) = ok ? (byte)1 : (byte)0;
    }

    /// <summary>One row's growth, any row, with plain loads: written to slot <paramref name="to"/> of <paramref name="g"/> and <paramref name="d"/>.</summary>
    private static void RowGrowthScalar(ref int ids, ref int periods, ref double values, ref double g, ref byte d, int i, int to)
    {
        // Periods strictly increase within an enterprise, so its row for period − 100 (twelve months back) is at most
        // twelve rows back.
        int k = FindBackScalar(ref ids, ref periods, i);
        bool ok = k >= 0 && Unsafe.Add(ref values, k) != 0.0;
        Unsafe.Add(ref g, to) = ok ? (Unsafe.Add(ref values, i) / Unsafe.Add(ref values, k)) - 1.0 : 0.0;
        Unsafe.Add(ref d, to) = ok ? (byte)1 : (byte)0;
    }

    /// <summary>Adds the chunk tables in chunk order, then derives the total, growth, shares and contributions.</summary>
    internal static void Finish(PanelMetrics metrics)
    {
        int c = metrics.ClusterCount;
        int months = metrics.MonthCount;
        int cells = c * months;
        double[] totals = metrics.Totals;
        var clusterTotals = totals.AsSpan(0, cells);
        metrics.Partials.AsSpan(0, cells).CopyTo(clusterTotals);
        for (int k = 1; k < metrics.ScratchCount; k++)
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
                // A month in which no row of the panel falls has no data: its rates are missing, and so are the
                // rates against it a year later (not −100 % and not a rise from zero).
                bool here = metrics.MonthRows[m];
                bool hasBase = m >= 12 && metrics.MonthRows[m - 12];
                double x = totals[i];
                double t = here ? grand[m] : 0.0;
                metrics.ShareDefined[i] = t != 0.0;
                metrics.Shares[i] = t != 0.0 ? x / t : 0.0;
                double xb = here && hasBase ? totals[i - 12] : 0.0;
                double tb = here && hasBase ? grand[m - 12] : 0.0;
                metrics.GrowthDefined[i] = xb != 0.0;
                metrics.Growth[i] = xb != 0.0 ? (x / xb) - 1.0 : 0.0;
                metrics.ContributionDefined[i] = tb != 0.0;
                metrics.Contributions[i] = tb == 0.0 ? 0.0 : s == c ? metrics.Growth[i] : (x - xb) / tb;
            }
        }

        if (metrics.Comparable is { } comparable)
        {
            FinishComparable(metrics, comparable);
        }
    }

    /// <summary>
    /// Adds the comparable chunk tables in chunk order, then derives the total's comparable sums (the clusters' plus the
    /// firms that changed cluster), the comparable growth and contributions, and which cells are defined.
    /// </summary>
    private static void FinishComparable(PanelMetrics metrics, ComparableTables k)
    {
        int c = metrics.ClusterCount;
        int months = metrics.MonthCount;
        int cc = k.ClusterCells;
        var sums = k.Sums.AsSpan();
        k.Partials.AsSpan(0, k.Stride).CopyTo(sums);
        for (int chunk = 1; chunk < metrics.ScratchCount; chunk++)
        {
            var part = k.Partials.AsSpan(chunk * k.Stride, k.Stride);
            for (int j = 0; j < sums.Length; j++)
            {
                sums[j] += part[j];
            }
        }

        int perMonth = 5 * cc;
        for (int m = 0; m < months; m++)
        {
            // The total's comparable firms: every firm with rows in both months, whether or not it changed cluster.
            double current = 0.0, baseSum = 0.0, firms = 0.0;
            for (int s = 0; s < c; s++)
            {
                int i = (s * months) + m;
                current += sums[i];
                baseSum += sums[cc + i];
                firms += sums[(2 * cc) + i];
            }

            int t = (c * months) + m;
            k.Current[t] = current + sums[perMonth + m];
            k.Base[t] = baseSum + sums[perMonth + months + m];
            k.Firms[t] = (int)(firms + sums[perMonth + (2 * months) + m]);
            k.Entrants[t] = sums[perMonth + (3 * months) + m];
            k.Exits[t] = sums[perMonth + (4 * months) + m];
        }

        for (int i = 0; i < cc; i++)
        {
            k.Current[i] = sums[i];
            k.Base[i] = sums[cc + i];
            k.Firms[i] = (int)sums[(2 * cc) + i];
            k.Entrants[i] = sums[(3 * cc) + i];
            k.Exits[i] = sums[(4 * cc) + i];
        }

        for (int s = 0; s <= c; s++)
        {
            for (int m = 0; m < months; m++)
            {
                // Defined as the raw growth's base is: rows in the month and in the month a year before.
                int i = (s * months) + m;
                bool defined = metrics.MonthRows[m] && m >= 12 && metrics.MonthRows[m - 12];
                double xb = defined ? k.Base[i] : 0.0;
                double tb = defined ? k.Base[(c * months) + m] : 0.0;
                k.Defined[i] = defined;
                k.GrowthDefined[i] = xb != 0.0;
                k.Growth[i] = xb != 0.0 ? (k.Current[i] / xb) - 1.0 : 0.0;
                k.ContributionDefined[i] = tb != 0.0;
                k.Contribution[i] = tb == 0.0 ? 0.0 : s == c ? k.Growth[i] : (k.Current[i] - k.Base[i]) / tb;
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
