namespace Taizhou.Metrics.Enterprises;

/// <summary>The enterprise tiers of Taizhou's "2211" programme (2211 企业培育工程).</summary>
public enum EnterpriseTier
{
    /// <summary>"Aircraft-carrier" firm (航母企业): annual output over 100 亿元.</summary>
    AircraftCarrier = 0,

    /// <summary>"Flagship" firm (旗航企业): annual output of 50-100 亿元.</summary>
    Flagship = 1,

    /// <summary>Listed firm (上市企业).</summary>
    Listed = 2,

    /// <summary>"Gazelle" firm (瞪羚企业): young and fast-growing.</summary>
    Gazelle = 3,
}
