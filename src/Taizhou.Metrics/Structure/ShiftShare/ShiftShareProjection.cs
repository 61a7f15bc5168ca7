using System;
using System.Collections.Generic;
using System.Globalization;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The result of a shift-share projection (偏离-份额预测; REAT's <c>shiftp</c>): each industry's level in the region at
/// a future period, from its current level, the reference industry's projected growth and the region's Gerfin regional
/// factor of the past period.
/// </summary>
/// <remarks>
/// <para>
/// With the past period running from t₁ to t₂ and the projection to t₃: ê_i,t₃ = e_i,t₂ · (n_i,t₃ / n_i,t₂) · RS, where
/// RS = (E_t₂ / E_t₁) / X is the regional (location) index of <see cref="ShiftShare.Gerfin(IReadOnlyList{string}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double}, IReadOnlyList{double})"/>
/// over t₁–t₂. The region's locational advantage is assumed to persist, and each industry to follow its national
/// projection otherwise.
/// </para>
/// <para>
/// Edge cases: when the reference industry is zero at t₂ its growth factor is undefined and the reference total's,
/// N_t₃ / N_t₂, is applied instead (the policy of <see cref="ShiftShare"/>); REAT returns NaN or Inf. When RS is
/// undefined (the region was empty at t₁, or its expected factor X is zero), every projected level is null, never NaN.
/// </para>
/// </remarks>
public sealed class ShiftShareProjection
{
    private readonly double?[] levels;

    internal ShiftShareProjection(string[] industries, GerfinShiftShare past, double?[] levels)
    {
        Industries = Array.AsReadOnly(industries);
        Past = past;
        this.levels = levels;
        Levels = Array.AsReadOnly(levels);
        double total = 0.0;
        bool defined = past.RegionalShift is not null;
        foreach (double? level in levels)
        {
            total += level ?? 0.0;
        }

        Total = defined ? total : null;
    }

    /// <summary>Gets the industries' names, in the order given.</summary>
    public IReadOnlyList<string> Industries { get; }

    /// <summary>Gets the Gerfin analysis of the past period t₁–t₂, whose regional index <see cref="GerfinShiftShare.RegionalShift"/> is carried forward.</summary>
    public GerfinShiftShare Past { get; }

    /// <summary>Gets the projected level of each industry at t₃, in the order of <see cref="Industries"/>; all null when the regional index is undefined.</summary>
    public IReadOnlyList<double?> Levels { get; }

    /// <summary>Gets the region's projected total at t₃ (the sum of <see cref="Levels"/>), or null when the regional index is undefined.</summary>
    public double? Total { get; }

    /// <summary>Returns the regional index carried forward and the projected total, with invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            Rounding.InvariantText,
            $"Shift-share projection ({levels.Length} industries): RS {Format(Past.RegionalShift)}, total {Format(Total)}");

    private static string Format(double? value) =>
        value is double v ? Rounding.FormatFigure(v, "G6") : "undefined";
}
