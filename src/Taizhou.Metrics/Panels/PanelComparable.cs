namespace Taizhou.Metrics.Panels;

/// <summary>The comparable figures of one cell, handed to <see cref="PanelCell"/>; the default value means "not defined".</summary>
internal readonly struct PanelComparable
{
    public PanelComparable(double current, double baseTotal, double? growth, double? contribution, double entrants, double exits, int firms)
    {
        IsDefined = true;
        Current = current;
        Base = baseTotal;
        Growth = growth;
        Contribution = contribution;
        Entrants = entrants;
        Exits = exits;
        Firms = firms;
    }

    public bool IsDefined { get; }

    public double Current { get; }

    public double Base { get; }

    public double? Growth { get; }

    public double? Contribution { get; }

    public double Entrants { get; }

    public double Exits { get; }

    public int Firms { get; }
}
