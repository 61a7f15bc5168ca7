using Taizhou.Metrics.Benchmarks;

namespace Taizhou.Metrics.Tests.Panels;

/// <summary>Generated panels shared by the panel tests (built once).</summary>
internal static class SyntheticPanelFixture
{
    /// <summary>Gets 400 enterprises × 120 months, with exact cents.</summary>
    public static SyntheticPanel Small { get; } = SyntheticPanel.Generate(400, 120, withCents: true, seed: 20180601);
}
