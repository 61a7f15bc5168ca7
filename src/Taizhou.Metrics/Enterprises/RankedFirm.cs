using Taizhou.Metrics.Units;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Enterprises;

/// <summary>A firm with its rank and the amount it was ranked by.</summary>
public sealed class RankedFirm
{
    internal RankedFirm(int rank, Enterprise enterprise, Amount value)
    {
        Rank = rank;
        Enterprise = enterprise;
        Value = value;
    }

    /// <summary>Gets the rank, from 1 (largest).</summary>
    public int Rank { get; }

    /// <summary>Gets the firm.</summary>
    public Enterprise Enterprise { get; }

    /// <summary>Gets the amount ranked by, in the unit of the firm's series.</summary>
    public Amount Value { get; }

    /// <summary>Returns the rank, firm and amount.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Rounding.InvariantText, $"{Rank}. {Enterprise} ({Value})");
}
