using System.Globalization;
namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// The change of a naive (published-level) total between two years split into continuing firms, entrants and exits,
/// exactly: <see cref="Change"/> = <see cref="ContinuingChange"/> + <see cref="Entrants"/> − <see cref="Exits"/>, in
/// <see cref="decimal"/> arithmetic, with no residual.
/// </summary>
/// <remarks>
/// With S_t the firms in scope (with a value) in year t: continuing = S_t ∩ S_{t−1}, their change Σ (x_t − x_{t−1});
/// entrants = S_t \ S_{t−1}, adding Σ x_t; exits = S_{t−1} \ S_t, removing Σ x_{t−1}. Entrants split into new firms (no
/// value in t − 1: births or firms first reporting) and firms that grew into scope (a value in t − 1, below scope);
/// exits into firms that fell out of scope (a value in t, below scope) and firms that ceased (no value in t). Amounts
/// are in the unit of the <see cref="ComparableAggregate"/> holding the decomposition.
/// </remarks>
public sealed class EntryExitDecomposition
{
    internal EntryExitDecomposition(decimal continuingChange, int continuingCount, decimal newEntrants, int newEntrantCount, decimal grownIn, int grownInCount, decimal fellOut, int fellOutCount, decimal ceased, int ceasedCount)
    {
        ContinuingChange = continuingChange;
        ContinuingCount = continuingCount;
        NewEntrants = newEntrants;
        NewEntrantCount = newEntrantCount;
        GrownIntoScope = grownIn;
        GrownIntoScopeCount = grownInCount;
        FellOutOfScope = fellOut;
        FellOutOfScopeCount = fellOutCount;
        Ceased = ceased;
        CeasedCount = ceasedCount;
    }

    /// <summary>Gets the naive change, Σ_{S_t} x_t − Σ_{S_{t−1}} x_{t−1} = continuing change + entrants − exits.</summary>
    public decimal Change => ContinuingChange + Entrants - Exits;

    /// <summary>Gets Σ (x_t − x_{t−1}) over the firms in scope in both years.</summary>
    public decimal ContinuingChange { get; }

    /// <summary>Gets the number of firms in scope in both years.</summary>
    public int ContinuingCount { get; }

    /// <summary>Gets Σ x_t over the entrants (new firms and firms grown into scope).</summary>
    public decimal Entrants => NewEntrants + GrownIntoScope;

    /// <summary>Gets the number of entrants.</summary>
    public int EntrantCount => NewEntrantCount + GrownIntoScopeCount;

    /// <summary>Gets Σ x_t over entrants with no value in t − 1 (births, firms first reporting).</summary>
    public decimal NewEntrants { get; }

    /// <summary>Gets the number of new entrants.</summary>
    public int NewEntrantCount { get; }

    /// <summary>Gets Σ x_t over entrants that had a value in t − 1 but were out of scope (grew into 规上, say).</summary>
    public decimal GrownIntoScope { get; }

    /// <summary>Gets the number of firms grown into scope.</summary>
    public int GrownIntoScopeCount { get; }

    /// <summary>Gets Σ x_{t−1} over the exits (fallen out of scope and ceased).</summary>
    public decimal Exits => FellOutOfScope + Ceased;

    /// <summary>Gets the number of exits.</summary>
    public int ExitCount => FellOutOfScopeCount + CeasedCount;

    /// <summary>Gets Σ x_{t−1} over exits that still have a value in t, out of scope.</summary>
    public decimal FellOutOfScope { get; }

    /// <summary>Gets the number of firms fallen out of scope.</summary>
    public int FellOutOfScopeCount { get; }

    /// <summary>Gets Σ x_{t−1} over exits with no value in t (closed, merged, not reporting).</summary>
    public decimal Ceased { get; }

    /// <summary>Gets the number of ceased firms.</summary>
    public int CeasedCount { get; }

    /// <summary>
    /// Returns a one-line summary of the change: <c>change +4.00: continuing +2.00 (2 firms), entrants +2.00 (1), exits 0.00 (0)</c>,
    /// levels to two decimals, rounded 四舍五入, invariant culture.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"change {Signed(Change)}: continuing {Signed(ContinuingChange)} ({ContinuingCount.ToString(CultureInfo.InvariantCulture)} firms), entrants {Signed(Entrants)} ({EntrantCount.ToString(CultureInfo.InvariantCulture)}), exits {Signed(-Exits)} ({ExitCount.ToString(CultureInfo.InvariantCulture)})";

    private static string Signed(decimal value)
    {
        string text = Published.Rounding.Format(value, 2);
        return value > 0m ? "+" + text : text;
    }
}
