using System;
using Taizhou.Metrics.Text;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// A tier (企业梯队, such as 航母企业 or 规上企业): a documented, configurable rule made of versions with effective
/// years, evaluated for an enterprise in a year. A firm can hold several tiers. Immutable.
/// </summary>
/// <remarks>
/// Evaluation: the version in effect in the year decides (<see cref="TierOutcome.NotInEffect"/> when none is); its
/// criterion gives <see cref="TierOutcome.Qualifies"/>, <see cref="TierOutcome.DoesNotQualify"/> or
/// <see cref="TierOutcome.NotEvaluable"/> when a value it needs is missing. Defaults are in <see cref="TierRules"/>.
/// </remarks>
public sealed class TierRule
{
    private readonly string traditional;

    /// <summary>Creates a rule.</summary>
    /// <param name="code">A machine code (lower-case letters, digits, '_'), such as <c>aircraft_carrier</c>.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="chineseName">The Chinese name in Simplified characters, such as 航母企业.</param>
    /// <param name="versions">At least one version; their years may not overlap.</param>
    /// <param name="traditionalChineseName">The Chinese name in Traditional characters, such as 航母企業; null when it is written the same in both scripts.</param>
    /// <exception cref="ArgumentException">A text is empty, the code has other characters, there is no version, or two versions overlap.</exception>
    public TierRule(string code, string englishName, string chineseName, IEnumerable<TierRuleVersion> versions, string? traditionalChineseName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        ArgumentException.ThrowIfNullOrWhiteSpace(chineseName);
        if (traditionalChineseName is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(traditionalChineseName);
        }

        ArgumentNullException.ThrowIfNull(versions);
        foreach (char c in code)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                throw new ArgumentException($"A tier code has lower-case letters, digits or '_'; '{code}' has '{c}'.", nameof(code));
            }
        }

        var list = versions.ToImmutableArray();
        if (list.IsEmpty || list.Any(v => v is null))
        {
            throw new ArgumentException($"The tier '{code}' needs at least one version, and no null ones.", nameof(versions));
        }

        for (int i = 0; i < list.Length; i++)
        {
            for (int j = i + 1; j < list.Length; j++)
            {
                if (list[i].Overlaps(list[j]))
                {
                    throw new ArgumentException($"The versions of '{code}' overlap: {list[i]} and {list[j]}.", nameof(versions));
                }
            }
        }

        Code = code;
        EnglishName = englishName;
        ChineseName = chineseName;
        traditional = traditionalChineseName ?? chineseName;
        Versions = [.. list.OrderBy(v => v.FromYear ?? int.MinValue)];
    }

    /// <summary>Gets the machine code.</summary>
    public string Code { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the Chinese name in Simplified characters, such as 航母企业 (the library's default script, <see cref="ChineseScript"/>).</summary>
    public string ChineseName { get; }

    /// <summary>Returns the Chinese name in a script: 航母企业 (Simplified) or 航母企業 (Traditional).</summary>
    /// <param name="script">The script.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The script is not defined.</exception>
    public string GetChineseName(ChineseScript script) => script switch
    {
        ChineseScript.Simplified => ChineseName,
        ChineseScript.Traditional => traditional,
        _ => throw new ArgumentOutOfRangeException(nameof(script), script, "Unknown script."),
    };

    /// <summary>Gets the versions, in order of their first year.</summary>
    public ImmutableArray<TierRuleVersion> Versions { get; }

    /// <summary>A rule with one version in effect in every year.</summary>
    /// <param name="code">The machine code.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="chineseName">The Chinese name in Simplified characters.</param>
    /// <param name="criterion">The criterion.</param>
    /// <param name="source">The source of the criterion.</param>
    /// <param name="traditionalChineseName">The Chinese name in Traditional characters; null when it is written the same in both scripts.</param>
    /// <returns>The rule.</returns>
    public static TierRule Always(string code, string englishName, string chineseName, TierCriterion criterion, string source, string? traditionalChineseName = null) =>
        new(code, englishName, chineseName, [new TierRuleVersion(null, null, criterion, source)], traditionalChineseName);

    /// <summary>The version in effect in a year, or null when none is.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The version, or null.</returns>
    public TierRuleVersion? VersionFor(int year)
    {
        foreach (var v in Versions)
        {
            if (v.IsInEffect(year))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>Evaluates the rule for an enterprise in a year (see the remarks on <see cref="TierRule"/>).</summary>
    /// <param name="enterprise">The enterprise.</param>
    /// <param name="year">The year.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is null.</exception>
    public TierEvaluation Evaluate(Enterprise enterprise, int year)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        if (VersionFor(year) is not { } version)
        {
            return new TierEvaluation(this, enterprise, year, null, TierOutcome.NotInEffect, $"no version of '{Code}' is in effect in {year}");
        }

        var (outcome, detail) = version.Criterion.Evaluate(enterprise, year);
        return new TierEvaluation(this, enterprise, year, version, outcome, detail);
    }

    /// <summary>Returns the code and the English name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} ({EnglishName}, {ChineseName})";
}
