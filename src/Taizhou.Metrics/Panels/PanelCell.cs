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
/// </remarks>
public readonly struct PanelCell
{
    internal PanelCell(int? cluster, YearMonth month, double? yearToDateTotal, double? yearOnYear, double? share, double? contribution)
    {
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
