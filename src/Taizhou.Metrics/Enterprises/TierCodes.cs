using System;

namespace Taizhou.Metrics.Enterprises;

/// <summary>The codes of the default tier rules (<see cref="TierRules"/>), used in targets and JSON.</summary>
public static class TierCodes
{
    /// <summary>Aircraft-carrier firm (航母企业).</summary>
    public const string AircraftCarrier = "aircraft_carrier";

    /// <summary>Flagship firm (旗航企业).</summary>
    public const string Flagship = "flagship";

    /// <summary>Listed firm (上市企业).</summary>
    public const string Listed = "listed";

    /// <summary>Gazelle firm (瞪羚企业).</summary>
    public const string Gazelle = "gazelle";

    /// <summary>High-growth enterprise (高成长企业).</summary>
    public const string HighGrowth = "high_growth";

    /// <summary>Above designated size (规模以上, 规上).</summary>
    public const string AboveDesignatedSize = "above_designated_size";

    /// <summary>NBS size class large (大型).</summary>
    public const string SizeLarge = "size_large";

    /// <summary>NBS size class medium (中型).</summary>
    public const string SizeMedium = "size_medium";

    /// <summary>NBS size class small (小型).</summary>
    public const string SizeSmall = "size_small";

    /// <summary>NBS size class micro (微型).</summary>
    public const string SizeMicro = "size_micro";

    /// <summary>The code of a "2211" programme tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>Its code: <c>aircraft_carrier</c>, <c>flagship</c>, <c>listed</c> or <c>gazelle</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not defined.</exception>
    public static string Of(EnterpriseTier tier) => tier switch
    {
        EnterpriseTier.AircraftCarrier => AircraftCarrier,
        EnterpriseTier.Flagship => Flagship,
        EnterpriseTier.Listed => Listed,
        EnterpriseTier.Gazelle => Gazelle,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
    };
}
