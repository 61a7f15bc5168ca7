using NodaTime;

namespace Taizhou.Metrics.Panels;

/// <summary>
/// The metrics of one cluster (or of the total) in one month of an <see cref="EnterprisePanel"/>: the year-to-date
/// total (1-N月累计), its year-on-year growth (同比), its share of the total (占比) and its contribution to the total's
/// growth (拉动, in percentage points). Rates are fractions: 0.267 is 26.7 %, 0.091 is 9.1 percentage points.
/// </summary>
/// <remarks>
/// With <c>X(t)</c> the sum of the year-to-date output of the cluster's rows in month <c>t</c> and <c>T(t)</c> the
/// same over all clusters: growth = X(t) / X(t − 12) − 1; share = X(t) / T(t); contribution = (X(t) − X(t − 12)) /
/// T(t − 12). Growth and contribution are missing (<see langword="null"/>, never NaN or zero) when month t − 12 is
/// before the panel's first month or their denominator is zero; the share is missing when T(t) is zero. A month in
/// which no row of the whole panel falls has no data: its total and rates are missing, and so are the rates of the
/// month a year later (a gap in a panel is not a fall to zero). For the total,
/// the share is 1 and the contribution equals the growth. The contributions of the clusters add up to the total's
/// growth.
/// <para>
/// When the metrics were computed with the comparable basis (<see cref="PanelMetrics.HasComparable"/>), the cell also
/// gives the comparable growth (同口径增速) over the firms that report both in the month and a year before, and the
/// entry/exit decomposition of the raw change: with <c>C(t)</c> and <c>C'(t)</c> the comparable firms' output in t and
/// t − 12, <c>E(t)</c> the entrants' (新进入) and <c>Q(t)</c> the exits' (退出),
/// <c>X(t) − X(t − 12) = (C(t) − C'(t)) + E(t) − Q(t)</c>. A firm belongs to the cluster on its row: one that changed
/// cluster within the year is an exit from the old cluster and an entrant to the new, but a comparable firm of the
/// total. These figures are <see langword="null"/> when the metrics were computed without them, when the month or the
/// month a year before has no row in the panel, or when t − 12 is before the panel's first month.
/// </para>
/// </remarks>
public readonly struct PanelCell
{
    private readonly PanelComparable comparable;

    internal PanelCell(int? cluster, YearMonth month, double? yearToDateTotal, double? yearOnYear, double? share, double? contribution, PanelComparable comparable)
    {
        this.comparable = comparable;
        Cluster = cluster;
        Month = month;
        YearToDateTotal = yearToDateTotal;
        YearOnYear = yearOnYear;
        Share = share;
        Contribution = contribution;
    }

    /// <summary>Gets the cluster number, or <see langword="null"/> for the total of all clusters.</summary>
    public int? Cluster { get; }

    /// <summary>Gets the month.</summary>
    public YearMonth Month { get; }

    /// <summary>
    /// Gets the year-to-date total (1-N月累计) in yuan: the sum over the cluster's rows that month (0 when the cluster
    /// has none but other clusters do), or <see langword="null"/> when no row of the panel falls in the month.
    /// </summary>
    public double? YearToDateTotal { get; }

    /// <summary>Gets the year-on-year growth (同比) as a fraction, or <see langword="null"/> when there is no base (first year, or a zero total a year earlier).</summary>
    public double? YearOnYear { get; }

    /// <summary>Gets the share of the total (占比) as a fraction, or <see langword="null"/> when the total is zero.</summary>
    public double? Share { get; }

    /// <summary>
    /// Gets the contribution to the total's growth (拉动) as a fraction of the total a year earlier (0.091 = 9.1
    /// percentage points), or <see langword="null"/> when there is no base.
    /// </summary>
    public double? Contribution { get; }

    /// <summary>
    /// Gets the comparable year-to-date total (同口径本期累计) in yuan: Σ ytdᵢ(t) over the comparable firms, those with a
    /// row in this cluster in month t and a row (in any cluster for the total, in this cluster for a cluster) a year
    /// before; a firm with a row but zero output counts, with its zero. <see langword="null"/> when not computed or the
    /// decomposition is not defined (see the remarks).
    /// </summary>
    public double? ComparableYearToDate => comparable.IsDefined ? comparable.Current : null;

    /// <summary>
    /// Gets the comparable base (同口径上年同期累计) in yuan: Σ ytdᵢ(t − 12) over the same comparable firms as
    /// <see cref="ComparableYearToDate"/>. <see langword="null"/> when not computed or not defined.
    /// </summary>
    public double? ComparableBaseYearToDate => comparable.IsDefined ? comparable.Base : null;

    /// <summary>
    /// Gets the comparable year-on-year growth (同口径增速, the official basis of 规上工业 growth) as a fraction:
    /// <see cref="ComparableYearToDate"/> / <see cref="ComparableBaseYearToDate"/> − 1. <see langword="null"/> when not
    /// computed, not defined, or the comparable base is zero.
    /// </summary>
    public double? ComparableYearOnYear => comparable.Growth;

    /// <summary>
    /// Gets the comparable contribution (同口径拉动) as a fraction of the total's comparable base (0.091 = 9.1 percentage
    /// points): (<see cref="ComparableYearToDate"/> − <see cref="ComparableBaseYearToDate"/>) / the total's comparable
    /// base; for the total it equals <see cref="ComparableYearOnYear"/>. <see langword="null"/> when not computed, not
    /// defined, or the total's comparable base is zero.
    /// </summary>
    /// <remarks>
    /// The total's comparable firms include the firms that changed cluster within the year, which are entrants and
    /// exits of their clusters, so the clusters' comparable contributions add up to the total's comparable growth minus
    /// (S(t) − S'(t)) / the total's comparable base, with S(t) and S'(t) the output of the firms that changed cluster in
    /// t and t − 12; exactly to it when no firm changed cluster.
    /// </remarks>
    public double? ComparableContribution => comparable.Contribution;

    /// <summary>
    /// Gets the entrants' year-to-date output (新进入企业本期累计) in yuan: Σ ytd(t) of the rows of this cluster in month t
    /// whose firm has no row in this cluster a year before (new firms, and firms that moved into the cluster; for the
    /// total, firms with no row a year before at all). <see langword="null"/> when not computed or not defined.
    /// </summary>
    public double? EntrantsYearToDate => comparable.IsDefined ? comparable.Entrants : null;

    /// <summary>
    /// Gets the exits' year-to-date output a year before (退出企业上年同期累计) in yuan: Σ ytd(t − 12) of the rows of this
    /// cluster in month t − 12 whose firm has no row in this cluster in month t (firms gone, and firms that moved out of
    /// the cluster; for the total, firms with no row in t at all). <see langword="null"/> when not computed or not
    /// defined.
    /// </summary>
    public double? ExitsPreviousYearToDate => comparable.IsDefined ? comparable.Exits : null;

    /// <summary>
    /// Gets the number of comparable firms (同口径企业数) behind <see cref="ComparableYearToDate"/>.
    /// <see langword="null"/> when not computed or not defined.
    /// </summary>
    public int? ComparableFirms => comparable.IsDefined ? comparable.Firms : null;

    /// <summary>
    /// Returns a one-line summary: <c>cluster 3 2018-06: 1-N月累计 1234.00 yuan, yoy +5.0%, share 12.0%, 拉动 1.2 pt</c>
    /// (<c>total</c> for the total; <c>n/a</c> for a missing figure). Invariant culture, rounded 四舍五入.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        static string Pct(double? fraction, bool signed, string unit) => fraction is double f
            ? (signed && f > 0 ? "+" : string.Empty) + Published.Rounding.Format(f * 100, 1) + unit
            : "n/a";

        string who = Cluster is int c ? "cluster " + c.ToString(System.Globalization.CultureInfo.InvariantCulture) : "total";
        string month = $"{Month.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)}-{Month.Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)}";
        string total = YearToDateTotal is double t ? Published.Rounding.Format(t, 2) + " yuan" : "n/a";
        return $"{who} {month}: year to date (1-N月累计) {total}, yoy {Pct(YearOnYear, true, "%")}, share {Pct(Share, false, "%")}, contribution (拉动) {Pct(Contribution, true, " pt")}";
    }
}
