using System;
using System.Collections.Generic;
using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// Shift-share analysis (偏离-份额分析法): splits a region's change in each industry into the change had it grown like
/// the reference area (the nation, 全国, or the province, 全省) as a whole, the effect of its industry mix, and a
/// regional (competitive) shift. Classic (Dunn), Esteban-Marquillas, Gerfin and dynamic (year-by-year) variants.
/// </summary>
/// <remarks>
/// <para>
/// Notation: eᵢ₀, eᵢ₁ the region's level of industry i at the start and the end; nᵢ₀, nᵢ₁ the reference area's;
/// E and N their totals; R = N₁ / N₀ the reference total's growth factor; rᵢ = nᵢ₁ / nᵢ₀ the reference industry's.
/// Dunn, per industry: national share NS = eᵢ₀ (R − 1), industry mix IM = eᵢ₀ (rᵢ − R), regional shift
/// RS = eᵢ₁ − eᵢ₀ rᵢ; NS + IM + RS = eᵢ₁ − eᵢ₀. The totals are the sums over the industries.
/// </para>
/// <para>
/// Edge-case policy, the same in every method; the components always add up to the actual change and are never NaN:
/// </para>
/// <list type="bullet">
/// <item><description>
/// A zero base in the region (eᵢ₀ = 0, an industry new to the region): NS = IM = 0 and RS = eᵢ₁, the whole change. The
/// textbook RS = eᵢ₀ (eᵢ₁ / eᵢ₀ − rᵢ) is 0 × ∞, which REAT returns as NaN (and its Esteban-Marquillas effects as
/// ±Inf), so its components no longer add up. Multiplied out, eᵢ₁ − eᵢ₀ rᵢ is the same number wherever the textbook
/// form is defined and has the natural limit where it is not: an industry with nothing to grow from has no national
/// or structural expectation, so all of it is the region's own.
/// </description></item>
/// <item><description>
/// A zero base in the reference industry (nᵢ₀ = 0): its growth rate rᵢ is undefined, and R, the reference total's, is
/// applied instead; IM = 0 and RS = eᵢ₁ − eᵢ₀ R. There is no industry-specific national benchmark, so no structural
/// effect can be attributed; the national share stays the region's expected change at the national rate.
/// </description></item>
/// <item><description>
/// A zero reference total at the start (N₀ = 0): rejected with <see cref="ArgumentException"/>, since no national
/// growth and hence no national share exists; a reference area with nothing in it is a wrong input, not data.
/// </description></item>
/// <item><description>
/// A region level above the reference area's is allowed, as in REAT: the reference area need not contain the region
/// (a peer city or a benchmark province), and two sources' coverage may differ.
/// </description></item>
/// </list>
/// <para>Levels must be finite and not negative; a component that overflows <see cref="double"/> throws <see cref="OverflowException"/>.</para>
/// </remarks>
public static class ShiftShare
{
    /// <summary>
    /// The classic shift-share analysis (Dunn 1960): national share, industry mix and regional shift per industry and
    /// in total, with industries named "1", "2", … as in REAT.
    /// </summary>
    /// <remarks>See <see cref="Dunn(IReadOnlyList{string}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double})"/>.</remarks>
    /// <param name="regionStart">The region's level of each industry at the start, eᵢ₀.</param>
    /// <param name="regionEnd">The region's level of each industry at the end, eᵢ₁.</param>
    /// <param name="referenceStart">The reference area's level of each industry at the start, nᵢ₀.</param>
    /// <param name="referenceEnd">The reference area's level of each industry at the end, nᵢ₁.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">The lists are empty or differ in length, a level is negative or not finite, or the reference start total is zero.</exception>
    /// <exception cref="OverflowException">A component overflows <see cref="double"/>.</exception>
    public static DunnShiftShare Dunn(IReadOnlyList<double> regionStart, IReadOnlyList<double> regionEnd, IReadOnlyList<double> referenceStart, IReadOnlyList<double> referenceEnd) =>
        Dunn(DefaultNames(regionStart), regionStart, regionEnd, referenceStart, referenceEnd);

    /// <summary>
    /// The classic shift-share analysis (Dunn 1960): national share (份额分量), industry mix (产业结构偏离分量) and
    /// regional shift (竞争力偏离分量) per industry and in total.
    /// </summary>
    /// <remarks>
    /// NS = eᵢ₀ (R − 1), IM = eᵢ₀ (rᵢ − R), RS = eᵢ₁ − eᵢ₀ rᵢ; they add up to eᵢ₁ − eᵢ₀. A zero region base gives
    /// RS = eᵢ₁ and NS = IM = 0 (REAT: NaN); a zero reference-industry base uses R for rᵢ (IM = 0). The totals match
    /// REAT's <c>shift(..., shift.method = "Dunn")</c> wherever REAT is finite.
    /// </remarks>
    /// <param name="industries">The industries' names: at least one, none blank, no two equal.</param>
    /// <param name="regionStart">The region's level of each industry at the start, eᵢ₀.</param>
    /// <param name="regionEnd">The region's level of each industry at the end, eᵢ₁.</param>
    /// <param name="referenceStart">The reference area's level of each industry at the start, nᵢ₀.</param>
    /// <param name="referenceEnd">The reference area's level of each industry at the end, nᵢ₁.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">
    /// A name is blank or repeated, a list differs in length from <paramref name="industries"/>, a level is negative or
    /// not finite (the message names the industry), or the reference start total is zero.
    /// </exception>
    /// <exception cref="OverflowException">A component overflows <see cref="double"/>.</exception>
    public static DunnShiftShare Dunn(IReadOnlyList<string> industries, IReadOnlyList<double> regionStart, IReadOnlyList<double> regionEnd, IReadOnlyList<double> referenceStart, IReadOnlyList<double> referenceEnd) =>
        ComputeDunn(Validate(industries, regionStart, regionEnd, referenceStart, referenceEnd));

    /// <summary>
    /// The Esteban-Marquillas shift-share analysis (1972), with industries named "1", "2", … as in REAT.
    /// </summary>
    /// <remarks>See <see cref="EstebanMarquillas(IReadOnlyList{string}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double})"/>.</remarks>
    /// <param name="regionStart">The region's level of each industry at the start, eᵢ₀.</param>
    /// <param name="regionEnd">The region's level of each industry at the end, eᵢ₁.</param>
    /// <param name="referenceStart">The reference area's level of each industry at the start, nᵢ₀.</param>
    /// <param name="referenceEnd">The reference area's level of each industry at the end, nᵢ₁.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">The lists are empty or differ in length, a level is negative or not finite, or the reference start total is zero.</exception>
    /// <exception cref="OverflowException">A component overflows <see cref="double"/>.</exception>
    public static EstebanMarquillasShiftShare EstebanMarquillas(IReadOnlyList<double> regionStart, IReadOnlyList<double> regionEnd, IReadOnlyList<double> referenceStart, IReadOnlyList<double> referenceEnd) =>
        EstebanMarquillas(DefaultNames(regionStart), regionStart, regionEnd, referenceStart, referenceEnd);

    /// <summary>
    /// The Esteban-Marquillas shift-share analysis (1972): the Dunn national share and industry mix, and the regional
    /// shift split into a competitive effect at the homothetic level and an allocation effect (配置效应).
    /// </summary>
    /// <remarks>
    /// e′ᵢ = E₀ nᵢ₀ / N₀ (the homothetic level); C = e′ᵢ (eᵢ₁ / eᵢ₀ − rᵢ); A = (eᵢ₀ − e′ᵢ)(eᵢ₁ / eᵢ₀ − rᵢ);
    /// NS + IM + C + A = eᵢ₁ − eᵢ₀. A zero region base gives C = eᵢ₁, A = 0 (REAT: +Inf and −Inf): the industry's
    /// whole change is competitive, as in Dunn, and a region without the industry has no specialisation whose
    /// advantage could be measured. Other zero bases as in <see cref="Dunn(IReadOnlyList{string}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double})"/>.
    /// The totals match REAT's <c>shift(..., shift.method = "Esteban")</c> wherever REAT is finite.
    /// </remarks>
    /// <param name="industries">The industries' names: at least one, none blank, no two equal.</param>
    /// <param name="regionStart">The region's level of each industry at the start, eᵢ₀.</param>
    /// <param name="regionEnd">The region's level of each industry at the end, eᵢ₁.</param>
    /// <param name="referenceStart">The reference area's level of each industry at the start, nᵢ₀.</param>
    /// <param name="referenceEnd">The reference area's level of each industry at the end, nᵢ₁.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">
    /// A name is blank or repeated, a list differs in length from <paramref name="industries"/>, a level is negative or
    /// not finite (the message names the industry), or the reference start total is zero.
    /// </exception>
    /// <exception cref="OverflowException">A component overflows <see cref="double"/>.</exception>
    public static EstebanMarquillasShiftShare EstebanMarquillas(IReadOnlyList<string> industries, IReadOnlyList<double> regionStart, IReadOnlyList<double> regionEnd, IReadOnlyList<double> referenceStart, IReadOnlyList<double> referenceEnd)
    {
        var levels = Validate(industries, regionStart, regionEnd, referenceStart, referenceEnd);
        var dunn = ComputeDunn(levels);
        var lines = new EstebanMarquillasIndustry[levels.Count];
        var total = default(EstebanMarquillasComponents);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = dunn.Industries[i];
            var c = line.Components;
            double homothetic = ShiftShareComponents.Finite(dunn.RegionStartTotal * (levels.ReferenceStart[i] / levels.ReferenceStartTotal));
            double competitive, allocation;
            if (line.RegionStart > 0.0)
            {
                // The growth differential e1 / e0 − r_i; A is the rest of RS, so that C + A is the Dunn RS.
                double differential = (line.RegionEnd / line.RegionStart) - (1.0 + line.BenchmarkGrowth);
                competitive = homothetic * differential;
                allocation = c.RegionalShift - competitive;
            }
            else
            {
                competitive = c.RegionalShift;
                allocation = 0.0;
            }

            var components = new EstebanMarquillasComponents(c.ActualChange, c.NationalShare, c.IndustryMix, competitive, allocation);
            lines[i] = new EstebanMarquillasIndustry(line, homothetic, components);
            total = total.Plus(components);
        }

        return new EstebanMarquillasShiftShare(lines, total, dunn);
    }

    /// <summary>Gerfin's multiplicative shift-share (index method), with industries named "1", "2", ….</summary>
    /// <remarks>See <see cref="Gerfin(IReadOnlyList{string}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double})"/>.</remarks>
    /// <param name="regionStart">The region's level of each industry at the start, eᵢ₀.</param>
    /// <param name="regionEnd">The region's level of each industry at the end, eᵢ₁.</param>
    /// <param name="referenceStart">The reference area's level of each industry at the start, nᵢ₀.</param>
    /// <param name="referenceEnd">The reference area's level of each industry at the end, nᵢ₁.</param>
    /// <returns>The three indices.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">The lists are empty or differ in length, a level is negative or not finite, or the reference start total is zero.</exception>
    /// <exception cref="OverflowException">An index overflows <see cref="double"/>.</exception>
    public static GerfinShiftShare Gerfin(IReadOnlyList<double> regionStart, IReadOnlyList<double> regionEnd, IReadOnlyList<double> referenceStart, IReadOnlyList<double> referenceEnd) =>
        Gerfin(DefaultNames(regionStart), regionStart, regionEnd, referenceStart, referenceEnd);

    /// <summary>
    /// Gerfin's multiplicative shift-share (index method, 1964): the region's growth factor relative to the reference
    /// area's, split into a structural index and a regional index.
    /// </summary>
    /// <remarks>
    /// X = Σ eᵢ₀ rᵢ / E₀ (rᵢ = R when nᵢ₀ = 0); IM = X / R; RS = (E₁ / E₀) / X; NTS = (E₁ / E₀) / R = IM × RS. An index is
    /// null when its denominator is zero (E₀ = 0, R = 0 or X = 0), never NaN or Inf. Matches REAT's
    /// <c>shift(..., shift.method = "Gerfin")</c> wherever REAT is finite.
    /// </remarks>
    /// <param name="industries">The industries' names: at least one, none blank, no two equal.</param>
    /// <param name="regionStart">The region's level of each industry at the start, eᵢ₀.</param>
    /// <param name="regionEnd">The region's level of each industry at the end, eᵢ₁.</param>
    /// <param name="referenceStart">The reference area's level of each industry at the start, nᵢ₀.</param>
    /// <param name="referenceEnd">The reference area's level of each industry at the end, nᵢ₁.</param>
    /// <returns>The three indices.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">
    /// A name is blank or repeated, a list differs in length from <paramref name="industries"/>, a level is negative or
    /// not finite (the message names the industry), or the reference start total is zero.
    /// </exception>
    /// <exception cref="OverflowException">An index overflows <see cref="double"/>.</exception>
    public static GerfinShiftShare Gerfin(IReadOnlyList<string> industries, IReadOnlyList<double> regionStart, IReadOnlyList<double> regionEnd, IReadOnlyList<double> referenceStart, IReadOnlyList<double> referenceEnd) =>
        ComputeGerfin(Validate(industries, regionStart, regionEnd, referenceStart, referenceEnd));

    /// <summary>
    /// The shift-share projection (偏离-份额预测; REAT's <c>shiftp</c>), with industries named "1", "2", ….
    /// </summary>
    /// <remarks>See <see cref="Projection(IReadOnlyList{string}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double})"/>.</remarks>
    /// <param name="regionStart">The region's level of each industry at the start of the past period, e_i,t₁.</param>
    /// <param name="regionEnd">The region's level of each industry at the end of the past period, e_i,t₂.</param>
    /// <param name="referenceStart">The reference area's level of each industry at t₁, n_i,t₁.</param>
    /// <param name="referenceEnd">The reference area's level of each industry at t₂, n_i,t₂.</param>
    /// <param name="referenceProjected">The reference area's projected (or actual) level of each industry at t₃, n_i,t₃.</param>
    /// <returns>The projection, with the Gerfin analysis of the past period.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">
    /// The lists are empty or differ in length, a level is negative or not finite, or the reference total at t₁ or t₂ is zero.
    /// </exception>
    /// <exception cref="OverflowException">A level overflows <see cref="double"/>.</exception>
    public static ShiftShareProjection Projection(IReadOnlyList<double> regionStart, IReadOnlyList<double> regionEnd, IReadOnlyList<double> referenceStart, IReadOnlyList<double> referenceEnd, IReadOnlyList<double> referenceProjected) =>
        Projection(DefaultNames(regionStart), regionStart, regionEnd, referenceStart, referenceEnd, referenceProjected);

    /// <summary>
    /// The shift-share projection (偏离-份额预测; REAT's <c>shiftp</c>): each industry's level in the region at t₃, its
    /// level at t₂ grown at the reference industry's rate from t₂ to t₃ and multiplied by the region's Gerfin regional
    /// index of the past period t₁–t₂.
    /// </summary>
    /// <remarks>
    /// ê_i,t₃ = e_i,t₂ · (n_i,t₃ / n_i,t₂) · RS, with RS = (E_t₂ / E_t₁) / (Σ e_i,t₁ r_i / E_t₁) the regional index of
    /// <see cref="Gerfin(IReadOnlyList{string}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double})"/>
    /// over t₁–t₂. When n_i,t₂ = 0 the reference total's factor N_t₃ / N_t₂ is used for the industry (REAT: NaN or Inf);
    /// when RS is undefined every projected level is null. Matches REAT's <c>shiftp</c> (its <c>prog</c>) wherever REAT
    /// is finite.
    /// </remarks>
    /// <param name="industries">The industries' names: at least one, none blank, no two equal.</param>
    /// <param name="regionStart">The region's level of each industry at the start of the past period, e_i,t₁.</param>
    /// <param name="regionEnd">The region's level of each industry at the end of the past period, e_i,t₂.</param>
    /// <param name="referenceStart">The reference area's level of each industry at t₁, n_i,t₁.</param>
    /// <param name="referenceEnd">The reference area's level of each industry at t₂, n_i,t₂.</param>
    /// <param name="referenceProjected">The reference area's projected (or actual) level of each industry at t₃, n_i,t₃.</param>
    /// <returns>The projection, with the Gerfin analysis of the past period.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">
    /// A name is blank or repeated, a list differs in length from <paramref name="industries"/>, a level is negative or
    /// not finite (the message names the industry), or the reference total at t₁ or t₂ is zero.
    /// </exception>
    /// <exception cref="OverflowException">A level overflows <see cref="double"/>.</exception>
    public static ShiftShareProjection Projection(IReadOnlyList<string> industries, IReadOnlyList<double> regionStart, IReadOnlyList<double> regionEnd, IReadOnlyList<double> referenceStart, IReadOnlyList<double> referenceEnd, IReadOnlyList<double> referenceProjected)
    {
        var levels = Validate(industries, regionStart, regionEnd, referenceStart, referenceEnd);
        var future = ShiftShareLevels.Levels(levels.Industries, referenceProjected, nameof(referenceProjected), null);
        double n2 = levels.ReferenceEndTotal, n3 = Dissimilarity.Sum(future);
        if (!(n2 > 0.0))
        {
            throw new ArgumentException(
                "The reference area's levels at the end of the past period add up to zero: it has no growth to the projected period.",
                nameof(referenceEnd));
        }

        var past = ComputeGerfin(levels);
        var projected = new double?[levels.Count];
        if (past.RegionalShift is double rs)
        {
            double referenceFactor = n3 / n2;
            for (int i = 0; i < projected.Length; i++)
            {
                double factor = BenchmarkFactor(levels.ReferenceEnd[i], future[i], referenceFactor);
                projected[i] = ShiftShareComponents.Finite(levels.RegionEnd[i] * factor * rs);
            }
        }

        return new ShiftShareProjection(levels.Industries, past, projected);
    }

    /// <summary>
    /// The dynamic shift-share analysis (Barff and Knight 1988; REAT's <c>shiftd</c> with <c>shift.method = "Dunn"</c>):
    /// a classic analysis for each pair of consecutive periods of a path, and the sums of their components.
    /// </summary>
    /// <remarks>
    /// For steps t = 0 … T − 1, Dunn(e[t], e[t + 1], n[t], n[t + 1]); the total is Σₜ of the step totals, and each
    /// industry's total Σₜ of its step components. The sums add up to e[T] − e[0]. Each step follows the zero-base policy
    /// of <see cref="ShiftShare"/> (REAT: NaN in any step with a zero region base). With two periods it is
    /// <see cref="Dunn(IReadOnlyList{string}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double})"/>.
    /// The periods need not be consecutive (census years 2008, 2013, 2018 are fine) but must be of one kind and increase.
    /// </remarks>
    /// <param name="industries">The industries' names: at least one, none blank, no two equal.</param>
    /// <param name="periods">The periods of the path, at least two, of one kind, strictly increasing.</param>
    /// <param name="region">The region's levels: for each period, one level per industry.</param>
    /// <param name="reference">The reference area's levels: for each period, one level per industry; no period's total may be zero, except the last one's.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of its lists is null.</exception>
    /// <exception cref="ArgumentException">
    /// Fewer than two periods, periods of mixed kinds or not increasing, a list of the wrong length, a level negative or
    /// not finite (the message names the industry and the period), or a reference total of zero at the start of a step.
    /// </exception>
    /// <exception cref="OverflowException">A component overflows <see cref="double"/>.</exception>
    public static DynamicShiftShare Dynamic(IReadOnlyList<string> industries, IReadOnlyList<ReportingPeriod> periods, IReadOnlyList<IReadOnlyList<double>> region, IReadOnlyList<IReadOnlyList<double>> reference)
    {
        var names = ShiftShareLevels.CheckIndustries(industries, nameof(industries));
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(reference);
        if (periods.Count < 2)
        {
            throw new ArgumentException($"A dynamic shift-share needs at least two periods; got {periods.Count}.", nameof(periods));
        }

        var path = new ReportingPeriod[periods.Count];
        for (int t = 0; t < path.Length; t++)
        {
            path[t] = periods[t];
            if (t > 0 && (path[t].Kind != path[0].Kind || path[t] <= path[t - 1]))
            {
                throw new ArgumentException($"The periods must be of one kind and increase; {path[t]} follows {path[t - 1]}.", nameof(periods));
            }
        }

        if (region.Count != path.Length)
        {
            throw new ArgumentException($"Expected the region's levels for {path.Length} periods, got {region.Count}.", nameof(region));
        }

        if (reference.Count != path.Length)
        {
            throw new ArgumentException($"Expected the reference area's levels for {path.Length} periods, got {reference.Count}.", nameof(reference));
        }

        var regionLevels = new double[path.Length][];
        var referenceLevels = new double[path.Length][];
        for (int t = 0; t < path.Length; t++)
        {
            string where = $"in {path[t]}";
            regionLevels[t] = ShiftShareLevels.Levels(names, region[t], nameof(region), where);
            referenceLevels[t] = ShiftShareLevels.Levels(names, reference[t], nameof(reference), where);
        }

        var steps = new DunnShiftShare[path.Length - 1];
        var industryTotals = new ShiftShareComponents[names.Length];
        var total = default(ShiftShareComponents);
        for (int t = 0; t < steps.Length; t++)
        {
            var levels = new ShiftShareLevels(names, regionLevels[t], regionLevels[t + 1], referenceLevels[t], referenceLevels[t + 1]);
            if (!(levels.ReferenceStartTotal > 0.0))
            {
                throw new ArgumentException(
                    $"The reference area's levels in {path[t]} add up to zero: the step {path[t]}–{path[t + 1]} has no national growth rate.",
                    nameof(reference));
            }

            steps[t] = ComputeDunn(levels);
            total = total.Plus(steps[t].Total);
            for (int i = 0; i < names.Length; i++)
            {
                industryTotals[i] = industryTotals[i].Plus(steps[t].Industries[i].Components);
            }
        }

        return new DynamicShiftShare(names, path, steps, industryTotals, total);
    }

    private static ShiftShareLevels Validate(IReadOnlyList<string> industries, IReadOnlyList<double> regionStart, IReadOnlyList<double> regionEnd, IReadOnlyList<double> referenceStart, IReadOnlyList<double> referenceEnd) =>
        ShiftShareLevels.Of(ShiftShareLevels.CheckIndustries(industries, nameof(industries)), regionStart, regionEnd, referenceStart, referenceEnd);

    private static string[] DefaultNames(IReadOnlyList<double> regionStart)
    {
        ArgumentNullException.ThrowIfNull(regionStart);
        return ShiftShareLevels.DefaultNames(regionStart.Count);
    }

    private static DunnShiftShare ComputeDunn(ShiftShareLevels x)
    {
        double n0 = x.ReferenceStartTotal, n1 = x.ReferenceEndTotal;
        double referenceGrowth = (n1 - n0) / n0;
        var lines = new IndustryShift[x.Count];
        var total = default(ShiftShareComponents);
        double e0Total = 0.0, e1Total = 0.0;
        for (int i = 0; i < lines.Length; i++)
        {
            double e0 = x.RegionStart[i], e1 = x.RegionEnd[i], ni0 = x.ReferenceStart[i], ni1 = x.ReferenceEnd[i];
            double benchmark = ni0 > 0.0 ? (ni1 - ni0) / ni0 : referenceGrowth;
            double change = e1 - e0;

            // expected = e0 (r_i − 1) = NS + IM; RS is the rest of the change, so the three add up and a zero base
            // gives NS = IM = 0, RS = e1.
            double nationalShare = e0 * referenceGrowth;
            double expected = e0 * benchmark;
            var components = new ShiftShareComponents(change, nationalShare, expected - nationalShare, change - expected);
            lines[i] = new IndustryShift(x.Industries[i], e0, e1, ni0, ni1, ShiftShareComponents.Finite(benchmark), components);
            total = total.Plus(components);
            e0Total += e0;
            e1Total += e1;
        }

        return new DunnShiftShare(lines, total, e0Total, e1Total, n0, n1);
    }

    private static GerfinShiftShare ComputeGerfin(ShiftShareLevels levels)
    {
        double referenceFactor = levels.ReferenceEndTotal / levels.ReferenceStartTotal;
        double e0 = 0.0, e1 = 0.0, expected = 0.0;
        for (int i = 0; i < levels.Count; i++)
        {
            e0 += levels.RegionStart[i];
            e1 += levels.RegionEnd[i];
            expected += levels.RegionStart[i] * BenchmarkFactor(levels.ReferenceStart[i], levels.ReferenceEnd[i], referenceFactor);
        }

        if (!(e0 > 0.0))
        {
            return new GerfinShiftShare(null, null, null);
        }

        double regionFactor = e1 / e0, expectedFactor = expected / e0;
        return new GerfinShiftShare(
            Ratio(expectedFactor, referenceFactor),
            Ratio(regionFactor, expectedFactor),
            Ratio(regionFactor, referenceFactor));
    }

    private static double BenchmarkFactor(double start, double end, double referenceFactor) =>
        start > 0.0 ? end / start : referenceFactor;

    private static double? Ratio(double numerator, double denominator) =>
        denominator > 0.0 ? ShiftShareComponents.Finite(numerator / denominator) : null;
}
