using System;
using Taizhou.Metrics.Enterprises;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Names shown to people (the codes written for programs are the library's <see cref="TierCodes"/>).</summary>
internal static class Labels
{
    /// <summary>The display name of a tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="chinese">Whether to use Chinese.</param>
    /// <returns>The name.</returns>
    public static string TierName(EnterpriseTier tier, bool chinese) => (tier, chinese) switch
    {
        (EnterpriseTier.AircraftCarrier, false) => "aircraft-carrier firms",
        (EnterpriseTier.AircraftCarrier, true) => "航母企業",
        (EnterpriseTier.Flagship, false) => "flagship firms",
        (EnterpriseTier.Flagship, true) => "旗航企業",
        (EnterpriseTier.Listed, false) => "listed firms",
        (EnterpriseTier.Listed, true) => "上市企業",
        (EnterpriseTier.Gazelle, false) => "gazelle firms",
        (EnterpriseTier.Gazelle, true) => "瞪羚企業",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
    };
}
