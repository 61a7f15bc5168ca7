using System;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

public partial class BreakdownTest
{
    [Fact]
    public void Analyse_NegativeLevel_NamesTheRow()
    {
        var ex = Assert.Throws<ArgumentException>(() => Breakdown.Analyse([Levels("A", "10", "-5"), Levels("B", "1", "2")]));
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_PartLargerThanTotal_NamesBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => Breakdown.Analyse([Levels("A", "10", "130")], Levels("city", "100", "125")));
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'city'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_PartsExceedTotalBeyondRounding_SaysByHowMuch()
    {
        // 60.1 + 40.1 = 100.2 against 100.0: 0.2 over, rounding allows 0.05 + 0.05 + 0.05 = 0.15
        var ex = Assert.Throws<ArgumentException>(() =>
            Breakdown.Analyse([Levels("A", "50.0", "60.1"), Levels("B", "30.0", "40.1")], Levels("city", "80.0", "100.0")));
        Assert.Contains("100.2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("0.2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_PartsExceedTotalWithinRounding_IsAccepted()
    {
        // 60.1 + 40.0 = 100.1 against 100.0: within ±0.15; the remainder is −0.1, reported, not hidden
        var a = Breakdown.Analyse([Levels("A", "50.0", "60.1"), Levels("B", "30.0", "40.0")], Levels("city", "80.0", "100.0"));
        Assert.Equal(-0.1m, a.Remainder!.Current);
    }

    [Fact]
    public void Analyse_DuplicateNames_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Breakdown.Analyse([Levels("A", "1", "2"), Levels("A", "1", "2")]));
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_WithoutPreviousOrGrowth_Throws() =>
        Assert.Throws<ArgumentException>(() => new BreakdownRow("A", P("1")));

    [Fact]
    public void Analyse_NoParts_Throws() =>
        Assert.Throws<ArgumentException>(() => Breakdown.Analyse([]));
}
