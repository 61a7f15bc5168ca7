using System;
using System.Globalization;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Samples;

/// <summary>A target count of enterprises in a tier by a target year (the "2211" programme: 20, 20, 100, 100 by 2021).</summary>
public sealed class TierTarget
{
    private readonly string traditionalCriterion;

    internal TierTarget(EnterpriseTier tier, int count, int year, string criterion, string traditionalCriterion)
    {
        this.traditionalCriterion = traditionalCriterion;
        Tier = tier;
        Count = count;
        Year = year;
        Criterion = criterion;
    }

    /// <summary>Gets the tier.</summary>
    public EnterpriseTier Tier { get; }

    /// <summary>Gets the number of firms targeted.</summary>
    public int Count { get; }

    /// <summary>Gets the target year.</summary>
    public int Year { get; }

    /// <summary>Gets the criterion of the tier as the programme states it, its Chinese in Simplified characters (<c>annual output over 100 亿元 (产值上百亿)</c>).</summary>
    public string Criterion { get; }

    /// <summary>Returns the criterion with its Chinese in a script: <c>listed (上市企业)</c> (Simplified) or <c>listed (上市企業)</c> (Traditional).</summary>
    /// <param name="script">The script.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The script is not defined.</exception>
    public string GetCriterion(ChineseScript script) => script switch
    {
        ChineseScript.Simplified => Criterion,
        ChineseScript.Traditional => traditionalCriterion,
        _ => throw new ArgumentOutOfRangeException(nameof(script), script, "Unknown script."),
    };

    /// <summary>Returns the target in the form the enterprise programme counts against (<see cref="Programme"/>).</summary>
    /// <returns>The programme target, keyed by the tier's code.</returns>
    public ProgrammeTarget ToProgrammeTarget() => new(TierCodes.Of(Tier), Count, Year);

    /// <summary>Returns a one-line summary: <c>Flagship: 10 by 2021 (criterion)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Tier}: {Count.ToString(CultureInfo.InvariantCulture)} by {Year.ToString(CultureInfo.InvariantCulture)} ({Criterion})";
}
