using System;
using Taizhou.Metrics.Enterprises;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Names shown to people (the codes written for programs are the library's <see cref="TierCodes"/>).</summary>
internal static class Labels
{
    /// <summary>The display name of a tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="lang">The language: English, Simplified (航母企业) or Traditional (航母企業) Chinese.</param>
    /// <returns>The name.</returns>
    public static string TierName(EnterpriseTier tier, TextLanguage lang) => tier switch
    {
        EnterpriseTier.AircraftCarrier => lang.Pick("aircraft-carrier firms", "航母企业", "航母企業"),
        EnterpriseTier.Flagship => lang.Pick("flagship firms", "旗航企业", "旗航企業"),
        EnterpriseTier.Listed => lang.Pick("listed firms", "上市企业", "上市企業"),
        EnterpriseTier.Gazelle => lang.Pick("gazelle firms", "瞪羚企业", "瞪羚企業"),
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
    };
}
