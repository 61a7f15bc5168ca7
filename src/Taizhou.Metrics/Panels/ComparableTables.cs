namespace Taizhou.Metrics.Panels;

/// <summary>
/// The buffers of the comparable basis (同口径) and the entry/exit decomposition of a <see cref="PanelMetrics"/>: the
/// figures of every cell (series × months, the total last, as the other tables) and a scratch table per work chunk.
/// </summary>
/// <remarks>
/// Layout of a chunk's scratch table (<see cref="Stride"/> doubles), with <c>cc</c> = clusters × months and <c>M</c> =
/// months: comparable current <c>[0, cc)</c>, comparable base <c>[cc, 2cc)</c>, comparable firms <c>[2cc, 3cc)</c>
/// (counts held exactly as doubles), entrants <c>[3cc, 4cc)</c>, exits (at the month a year after the row)
/// <c>[4cc, 5cc)</c>; then per month: the current and base output and the count of the firms whose cluster changed
/// within the year (<c>5cc</c>, <c>5cc + M</c>, <c>5cc + 2M</c>), the output of the firms with no row a year before in
/// any cluster (<c>5cc + 3M</c>), and of the rows with no row a year after in any cluster (<c>5cc + 4M</c>).
/// </remarks>
internal sealed class ComparableTables
{
    public ComparableTables(int cells, int clusterCount, int monthCount, int chunkCount)
    {
        ClusterCells = clusterCount * monthCount;
        Stride = (5 * ClusterCells) + (5 * monthCount);
        Current = new double[cells];
        Base = new double[cells];
        Entrants = new double[cells];
        Exits = new double[cells];
        Firms = new int[cells];
        Growth = new double[cells];
        Contribution = new double[cells];
        Defined = new bool[cells];
        GrowthDefined = new bool[cells];
        ContributionDefined = new bool[cells];
        Sums = new double[Stride];
        Partials = new double[chunkCount * Stride];
    }

    /// <summary>Gets clusters × months: the size of one per-cluster table in the scratch layout.</summary>
    public int ClusterCells { get; }

    /// <summary>Gets the size of one chunk's scratch table.</summary>
    public int Stride { get; }

    public double[] Current { get; }

    public double[] Base { get; }

    public double[] Entrants { get; }

    public double[] Exits { get; }

    public int[] Firms { get; }

    public double[] Growth { get; }

    public double[] Contribution { get; }

    /// <summary>Gets whether the decomposition of each cell is defined (rows in the month and a year before).</summary>
    public bool[] Defined { get; }

    public bool[] GrowthDefined { get; }

    public bool[] ContributionDefined { get; }

    /// <summary>Gets the chunk tables added in chunk order.</summary>
    public double[] Sums { get; }

    public double[] Partials { get; }
}
