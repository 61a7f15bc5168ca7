using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Published;

/// <summary>
/// A total summed from the parts that were published, with their qualifiers carried through (interval arithmetic):
/// the sum of "over" figures is over their sum; a total some of whose parts are missing is only a lower bound, and this
/// type says which parts are missing and which periods the reported ones cover.
/// </summary>
/// <remarks>
/// <para>
/// The <see cref="Range"/> is the sum of the parts' ranges (<see cref="PublishedValue.Range(QualifierTolerance)"/>):
/// 超1100 + 超600 + 超200 + 约200 + 约550 = (2612.5, ∞) with the default ±5 % for "about" (1100 + 600 + 200 + 190 +
/// 522.5). A missing part adds [0, ∞): the parts summed are taken to be zero or more (output, counts, investment), so
/// the total is at least what the reported parts give and has no upper bound.
/// </para>
/// <para>
/// Parts reported for different periods (auto for 2019, pharma for 2021) are summed as printed; the result is a bound
/// for the latest of their periods only if the parts reported earlier did not fall since. <see cref="PeriodsDiffer"/>
/// and <see cref="Periods"/> say so, and <see cref="ToString"/> prints the years.
/// </para>
/// </remarks>
public sealed class PartialTotal
{
    private PartialTotal(ImmutableArray<TotalComponent> components, QualifierTolerance tolerance)
    {
        Components = components;
        Tolerance = tolerance;
        Reported = [.. components.Where(c => c.IsReported)];
        Missing = [.. components.Where(c => !c.IsReported).Select(c => c.Name)];
        Periods = [.. Reported.Select(c => c.Period!.Value).Distinct().Order()];
        PrintedSum = Reported.Sum(c => c.Value!.Value.Value);

        var range = FigureRange.Closed(0.0, 0.0);
        foreach (var c in Reported)
        {
            range += c.Value!.Value.Range(tolerance);
        }

        Range = Missing.IsEmpty ? range : FigureRange.Of(range.Lower, range.LowerOpen, double.PositiveInfinity, true);
        Qualifier = SumQualifier();
    }

    /// <summary>Gets every part, reported or not, in the order given.</summary>
    public ImmutableArray<TotalComponent> Components { get; }

    /// <summary>Gets the parts with a published figure.</summary>
    public ImmutableArray<TotalComponent> Reported { get; }

    /// <summary>Gets the names of the parts with no published figure; empty when the total is complete.</summary>
    public ImmutableArray<string> Missing { get; }

    /// <summary>Gets the distinct periods the reported parts cover, in order (2019, 2020, 2021 for the seven clusters).</summary>
    public ImmutableArray<ReportingPeriod> Periods { get; }

    /// <summary>Gets whether the reported parts cover more than one period: the sum is then a bound for the latest only if the earlier parts did not fall since.</summary>
    public bool PeriodsDiffer => Periods.Length > 1;

    /// <summary>Gets whether every part was reported.</summary>
    public bool IsComplete => Missing.IsEmpty;

    /// <summary>Gets whether the total is known only from below: a part is missing or a part is an "over" figure without a ceiling.</summary>
    public bool IsLowerBoundOnly => !Range.IsBoundedAbove;

    /// <summary>Gets the sum of the reported figures as printed (1100 + 600 + 200 + 200 + 550 = 2650), qualifiers ignored.</summary>
    public decimal PrintedSum { get; }

    /// <summary>Gets the values the total can take given the parts' qualifiers and the missing parts (see the remarks).</summary>
    public FigureRange Range { get; }

    /// <summary>
    /// Gets the qualifier of the printed sum when one word describes it: every part plain → none; every part plain or
    /// over, at least one over → over (超 the sum); every part plain or about → about; every part plain or just under
    /// → just under. Null when the parts mix qualifiers or a part is missing: then only <see cref="Range"/> describes
    /// the total.
    /// </summary>
    public FigureQualifier? Qualifier { get; }

    /// <summary>Gets the tolerances the ranges were computed with.</summary>
    public QualifierTolerance Tolerance { get; }

    /// <summary>Sums the published parts of a total with the default tolerances (<see cref="QualifierTolerance.Default"/>).</summary>
    /// <param name="components">The parts, at least one; names distinct.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentException">There are no parts, or two parts share a name.</exception>
    public static PartialTotal Of(IEnumerable<TotalComponent> components) => Of(components, QualifierTolerance.Default);

    /// <summary>Sums the published parts of a total with the given tolerances.</summary>
    /// <param name="components">The parts, at least one; names distinct.</param>
    /// <param name="tolerance">The tolerances for "about", "just under" and "over".</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentException">There are no parts, or two parts share a name.</exception>
    public static PartialTotal Of(IEnumerable<TotalComponent> components, QualifierTolerance tolerance)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(tolerance);
        var parts = components.ToImmutableArray();
        if (parts.IsEmpty)
        {
            throw new ArgumentException("A total needs at least one part.", nameof(components));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in parts)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(components));
            if (!names.Add(c.Name))
            {
                throw new ArgumentException($"Two parts are named '{c.Name}'.", nameof(components));
            }
        }

        return new PartialTotal(parts, tolerance);
    }

    /// <summary>
    /// Returns a description that says what the total is: <c>at least 2612.5 (from 5 of 7 parts, 2019-2021; missing:
    /// aviation, toilets)</c>, <c>over 1900 (3 of 3 parts, 2021)</c>, <c>[1290, 1310] (2 of 2 parts, 2021)</c>.
    /// </summary>
    /// <returns>The text, invariant culture, figures to at most four decimals.</returns>
    public override string ToString()
    {
        string years = Periods.IsEmpty ? "no period" : Periods.Length == 1 ? Periods[0].ToString() : $"{Periods[0]}-{Periods[^1]}";
        string what = Range.IsBoundedAbove
            ? Range.ToString("0.####")
            : (Range.LowerOpen ? "over " : "at least ") + Rounding.FormatFigure(Range.Lower, "0.####");
        string missing = IsComplete ? string.Empty : "; missing: " + string.Join(", ", Missing);
        return $"{what} (from {Reported.Length} of {Components.Length} parts, {years}{missing})";
    }

    private FigureQualifier? SumQualifier()
    {
        if (!IsComplete)
        {
            return null;
        }

        var kinds = Reported.Select(c => c.Value!.Value.Qualifier).Where(q => q != FigureQualifier.None).Distinct().ToList();
        return kinds.Count switch
        {
            0 => FigureQualifier.None,
            1 => kinds[0],
            _ => null,
        };
    }
}
