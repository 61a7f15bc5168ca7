using System.Globalization;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// A group's total in two consecutive years on the naive basis (each year's in-scope firms, as the two published
/// levels) and on the comparable basis (同口径: this year's in-scope firms with a value last year, as the statistics
/// bureau computes growth), with the entry/exit decomposition of the naive change.
/// </summary>
/// <remarks>
/// Naive growth = Σ_{S_t} x_t / Σ_{S_{t−1}} x_{t−1} − 1. Comparable growth = Σ_K x_t / Σ_K x_{t−1} − 1 with
/// K = S_t ∩ {firms with a value in t − 1}. Rates are fractions; undefined on a zero base. Amounts are in
/// <see cref="Unit"/>, converted exactly.
/// </remarks>
public sealed class ComparableAggregate
{
    internal ComparableAggregate(EnterpriseMeasure measure, int year, MetricUnit unit, TierRule? scope, decimal currentTotal, int currentCount, decimal previousTotal, int previousCount, decimal comparableCurrent, decimal comparableBase, int comparableCount, int notEvaluable, int missingValues, EntryExitDecomposition decomposition)
    {
        Measure = measure;
        Year = year;
        Unit = unit;
        Scope = scope;
        CurrentTotal = currentTotal;
        CurrentCount = currentCount;
        PreviousTotal = previousTotal;
        PreviousCount = previousCount;
        ComparableCurrent = comparableCurrent;
        ComparableBase = comparableBase;
        ComparableCount = comparableCount;
        NotEvaluable = notEvaluable;
        MissingValues = missingValues;
        Decomposition = decomposition;
    }

    /// <summary>Gets the measure summed.</summary>
    public EnterpriseMeasure Measure { get; }

    /// <summary>Gets the current year t (the previous year is t − 1).</summary>
    public int Year { get; }

    /// <summary>Gets the unit of every amount.</summary>
    public MetricUnit Unit { get; }

    /// <summary>Gets the scope rule (such as above designated size), or null when every firm with a value is in scope.</summary>
    public TierRule? Scope { get; }

    /// <summary>Gets Σ x_t over the firms in scope in t: this year's published level.</summary>
    public decimal CurrentTotal { get; }

    /// <summary>Gets the number of firms in scope in t.</summary>
    public int CurrentCount { get; }

    /// <summary>Gets Σ x_{t−1} over the firms in scope in t − 1: last year's published level.</summary>
    public decimal PreviousTotal { get; }

    /// <summary>Gets the number of firms in scope in t − 1.</summary>
    public int PreviousCount { get; }

    /// <summary>Gets the naive growth, CurrentTotal / PreviousTotal − 1 (the ratio of the two published levels).</summary>
    public GrowthRate NaiveGrowth => Growth.Rate(CurrentTotal, PreviousTotal);

    /// <summary>Gets Σ x_t over the comparable set K (in scope in t, with a value in t − 1).</summary>
    public decimal ComparableCurrent { get; }

    /// <summary>Gets Σ x_{t−1} over the comparable set K: last year's figure re-aggregated over this year's firms.</summary>
    public decimal ComparableBase { get; }

    /// <summary>Gets the number of firms in the comparable set.</summary>
    public int ComparableCount { get; }

    /// <summary>Gets the comparable-basis growth (同口径增长), ComparableCurrent / ComparableBase − 1.</summary>
    public GrowthRate ComparableGrowth => Growth.Rate(ComparableCurrent, ComparableBase);

    /// <summary>Gets the number of firm-years with a value of the measure whose scope could not be evaluated (a value the scope rule needs, such as revenue, is missing); they are out of scope.</summary>
    public int NotEvaluable { get; }

    /// <summary>Gets the number of firm-years in scope without a value of the measure; they are left out of every sum.</summary>
    public int MissingValues { get; }

    /// <summary>Gets the entry/exit decomposition of CurrentTotal − PreviousTotal.</summary>
    public EntryExitDecomposition Decomposition { get; }

    /// <summary>
    /// Returns a one-line summary: <c>output 2018: 9.00 亿元 from 3 firms (2017: 6.00 亿元, 2 firms); comparable growth +33.3% (2 firms), naive +50.0%</c>.
    /// Levels to two decimals, rates to one, rounded 四舍五入, invariant culture.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string unit = Unit.ChineseSymbol;
        return string.Create(
            Published.Rounding.InvariantText,
            $"{HighGrowthRule.Describe(Measure)} {Year}{(Scope is null ? string.Empty : " (" + Scope.Code + ")")}: {Published.Rounding.Format(CurrentTotal, 2)} {unit} from {CurrentCount} firms ({Year - 1}: {Published.Rounding.Format(PreviousTotal, 2)} {unit}, {PreviousCount} firms); comparable growth {ComparableGrowth} ({ComparableCount} firms), naive {NaiveGrowth}");
    }
}
