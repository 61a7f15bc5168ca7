using System.Linq;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>
/// docs/bad-input.md, "Derived figures (derive)": a figure that is not a number as printed, or one the formula cannot
/// take; exit 2 naming the option, never a stack trace.
/// </summary>
public class DeriveOptionsTest
{
    [Fact]
    public void DeriveWithoutAFigure_ExitsTwoPointingToHelp()
    {
        Expect.Exit(2, CliRunner.Run("derive"), "taizhou-metrics: Required command was not provided.", "Run 'taizhou-metrics --help' for usage.");
    }

    [Fact]
    public void DeriveFigureMissing_ExitsTwoNamingTheOption()
    {
        Expect.Exit(2, CliRunner.Run("derive", "point-difference", "--rate", "8.5"), "taizhou-metrics: Option '--other' is required.");
    }

    [Fact]
    public void DerivePercentSign_ExitsTwoNamingTheOption()
    {
        Expect.Exit(2, CliRunner.Run("derive", "point-difference", "--rate", "8.5%", "--other", "3.4"), "taizhou-metrics: --rate: '8.5%' is not a number as printed (write it as the bulletin prints it, such as 8.5 or 1042.27: without %, thousands separators or full-width digits");
    }

    [Fact]
    public void DeriveFullWidthDigits_ExitsTwoNamingTheOption()
    {
        // As in a table's cell (csv-full-width-digits): what a Chinese IME types is refused, not guessed.
        Expect.Exit(2, CliRunner.Run("derive", "point-difference", "--rate", "8.5", "--other", "３.４"), "--other: '３.４' is not a number as printed");
    }

    [Fact]
    public void DeriveThousandsSeparator_ExitsTwoNamingTheOption()
    {
        Expect.Exit(2, CliRunner.Run("derive", "per-unit", "--total", "4,401.73", "--count", "2835"), "--total: '4,401.73' is not a number as printed");
    }

    [Fact]
    public void DeriveZeroShare_ExitsTwoNamingTheShare()
    {
        Expect.Exit(2, CliRunner.Run("derive", "total-from-share", "--part", "790.99", "--share", "0.0"), "taizhou-metrics: --share '0.0': A share of zero implies no total.");
    }

    [Fact]
    public void DeriveZeroContributionRate_ExitsTwoNamingTheRate()
    {
        Expect.Exit(2, CliRunner.Run("derive", "change-from-contribution", "--part-increase", "19.18", "--contribution-rate", "0"), "--contribution-rate '0': A contribution rate of zero implies no change of the total.");
    }

    [Fact]
    public void DeriveGrowthOfMinus100_ExitsTwoNamingTheGrowth()
    {
        Expect.Exit(2, CliRunner.Run("derive", "change-from-contribution", "--part", "83.55", "--part-growth", "-100", "--contribution-rate", "13.7"), "--part-growth '-100': A growth of −100 % or below leaves no earlier level.");
    }

    [Fact]
    public void DeriveIncreaseAndLevelBoth_ExitsTwoNamingBoth()
    {
        Expect.Exit(2, CliRunner.Run("derive", "change-from-contribution", "--part-increase", "19.18", "--part", "83.55", "--contribution-rate", "13.7"), "--part-increase and --part/--part-growth: give the part's increase, or its level and growth, not both.");
    }

    [Fact]
    public void DeriveZeroCount_ExitsTwoNamingTheCount()
    {
        Expect.Exit(2, CliRunner.Run("derive", "per-unit", "--total", "4401.73", "--count", "0"), "--count '0': A count of at least one unit: an average over no units is not defined.");
    }

    [Fact]
    public void DeriveCountAtTheNegativeEdgeOfADecimal_ExitsTwoNamingTheCount()
    {
        // A whole count is exact, an int: −7.9e28 is below every int, and is refused as a count below one, not overflowed.
        Expect.Exit(2, CliRunner.Run("derive", "per-unit", "--total", "3.4", "--count", "-79228162514264337593543950335"), "--count '-79228162514264337593543950335': A count of at least one unit: an average over no units is not defined.");
    }

    [Fact]
    public void DeriveCountBeyondAnExactCount_ExitsTwoSayingToRoundIt()
    {
        Expect.Exit(2, CliRunner.Run("derive", "per-unit", "--total", "1", "--count", "3000000000"), "--count 3000000000: an exact count is at most 2147483647; give it in a larger unit (万, 亿) with --count-rounded.");
    }

    [Fact]
    public void DeriveZeroTarget_ExitsTwoNamingTheTarget()
    {
        Expect.Exit(2, CliRunner.Run("derive", "target-progress", "--actual", "629.0", "--target", "0"), "--target '0': An annual target must be positive for a completion rate.");
    }

    [Fact]
    public void DeriveCompletionWithActual_ExitsTwoNamingBoth()
    {
        Expect.Exit(2, CliRunner.Run("derive", "target-progress", "--completion", "43.2", "--actual", "629.0", "--months", "4"), "--completion and --actual/--target: give the completion as printed, or the actual and the target, not both.");
    }

    [Fact]
    public void DerivePrintedAheadWithoutTime_ExitsTwoAskingForMonthsOrDate()
    {
        Expect.Exit(2, CliRunner.Run("derive", "target-progress", "--actual", "629.0", "--target", "647.4", "--printed-ahead", "13.8"), "--printed-ahead: give --months or --date, the time progress the lead is over.");
    }

    [Fact]
    public void DeriveMonthsBeyondTheYear_ExitsTwoNamingMonths()
    {
        Expect.Exit(2, CliRunner.Run("derive", "time-progress", "--months", "13"), "--months: '13' is not the months elapsed in a year, a whole number from 0 to 12 (10 for 1-10月).");
    }

    [Fact]
    public void DeriveMonthsAndDateBoth_ExitsTwoNamingBoth()
    {
        Expect.Exit(2, CliRunner.Run("derive", "time-progress", "--months", "10", "--date", "2022-10-31"), "--months and --date: give the time progress by months or by days, not both.");
    }

    [Fact]
    public void DeriveDateNotADate_ExitsTwoNamingDate()
    {
        Expect.Exit(2, CliRunner.Run("derive", "time-progress", "--date", "2022-13-01"), "--date: '2022-13-01' is not a date; write it yyyy-MM-dd, such as 2022-10-31.");
    }

    [Fact]
    public void DeriveRestOfZeroBase_ExitsTwoNamingTheFigures()
    {
        // The part is the whole total (100 at 0 % of 100 at 0 %): the rest's base is zero as printed, no growth exists.
        Expect.Exit(2, CliRunner.Run("derive", "rest-growth", "--total", "100", "--total-growth", "0", "--part", "100", "--part-growth", "0"), "derive rest-growth --total '100' --total-growth '0' --part '100' --part-growth '0': The formula is not defined at the figures as printed (100, 0, 100, 0).");
    }

    [Fact]
    public void DeriveCompletionAtTheEdgeOfADecimal_IsComputedWithBoundsStoppingAtTheEdge()
    {
        // 79228162514264337593543950335 (decimal.MaxValue) %: its rounding box stops at decimal's edge (as the
        // library's PublishedValue.Bounds does) instead of overflowing; the lead is 7.9e26 − 0.25, finite, exit 0.
        var (code, output, error) = CliRunner.Run("derive", "target-progress", "--completion", "79228162514264337593543950335", "--months", "3", "--format", "json");

        Assert.True(code == 0, error);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var ahead = document.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "ahead_of_time");
        Assert.Equal(7.9228162514264337593543950335e26, ahead.GetProperty("value").GetDouble(), 1e12);
    }
}
