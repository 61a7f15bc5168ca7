using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "Plan tables" (<c>plan</c>): each bad cell of the targets or the actuals names its file, line and column.</summary>
public class PlanTableTest
{
    private const string Header = "indicator,unit,kind,base_period,base_value,target_period,target_value\n";

    private static (int ExitCode, string Output, string Error) Plan(Scratch s, string targets, string? actuals = null, params string[] more) =>
        actuals is null
            ? CliRunner.Run(["plan", "--input", s.Text("t.csv", targets), .. more])
            : CliRunner.Run(["plan", "--input", s.Text("t.csv", targets), "--actuals", s.Text("a.csv", actuals), .. more]);

    [Fact]
    public void PlanUnknownKind_ExitsTwoListingTheKinds()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header + "x,家,percent,2017,52,2021,100\n"), "t.csv: line 2, column 'kind': 'percent' is not a kind of target; expected level, average_growth, share, count or doubling.");
    }

    [Fact]
    public void PlanAverageGrowthWithoutBase_ExitsTwoAskingForTheBase()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header + "va,index,average_growth,2020,,2025,7\n"), "t.csv: line 2, column 'base_value': the base value is missing; a doubling or an average-growth target is a multiple of its base, so it needs one.");
    }

    [Fact]
    public void PlanNonNumericTargetValue_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header + "x,家,count,2017,52,2021,one hundred\n"), "t.csv: line 2, column 'target_value': 'one hundred' is not a number.");
    }

    [Fact]
    public void PlanTargetYearNotAfterBase_ExitsTwoNamingBothYears()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header + "x,家,count,2021,52,2017,100\n"), "t.csv: line 2, column 'target_period': the target year 2017 is not after the base year 2021.");
    }

    [Fact]
    public void PlanPeriodNotAYear_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header + "x,家,count,2017Q4,52,2021,100\n"), "t.csv: line 2, column 'base_period': '2017Q4' is not a calendar year (such as 2021 or 2021年); plans are evaluated by year.");
    }

    [Fact]
    public void PlanUnknownDirection_ExitsTwoNamingUpAndDown()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header.Replace("\n", ",direction\n", System.StringComparison.Ordinal) + "x,index,level,2020,100,2025,86.5,falling\n"), "t.csv: line 2, column 'direction': 'falling' is not a direction; expected up (the default) or down.");
    }

    [Fact]
    public void PlanShareAbove100Percent_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header + "share,%,share,2020,60,2025,120\n"), "t.csv: line 2, column 'target_value': 120 is not a share in percent (above 0 and at most 100: 70 for 70 %).");
    }

    [Fact]
    public void PlanCountNotWhole_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header + "x,家,count,2017,52.5,2021,100\n"), "t.csv: line 2, column 'base_value': 52.5 is not a whole number; a count is.");
    }

    [Fact]
    public void PlanAverageGrowthOf100PercentOrMore_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header + "va,index,average_growth,2020,100,2025,-100\n"), "t.csv: line 2, column 'target_value': -100 is not an average growth in percent a year above −100 (7 for 年均增长 7 %).");
    }

    [Fact]
    public void PlanDuplicateIndicator_ExitsTwoNamingBothLines()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header + "x,家,count,2017,52,2021,100\nx,家,count,2017,52,2021,90\n"), "t.csv: line 3, column 'indicator': 'x' already has a target, on line 2; give each indicator once.");
    }

    [Fact]
    public void PlanActualForUnknownIndicator_ExitsTwoListingTheIndicators()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header + "listed,家,count,2017,52,2021,100\n", "indicator,period,value\nlisted,2021,66\ngazelles,2021,80\n"), "a.csv: line 3, column 'indicator': 'gazelles' is not an indicator of the targets (they are: listed).");
    }

    [Fact]
    public void PlanActualNotAFigure_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header + "listed,家,count,2017,52,2021,100\n", "indicator,period,value\nlisted,2021,about 66\n"), "a.csv: line 2, column 'value': 'about 66' is not a figure as published");
    }

    [Fact]
    public void PlanActualEmpty_ExitsTwoInsteadOfReadingZero()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header + "listed,家,count,2017,52,2021,100\n", "indicator,period,value\nlisted,2021,\n"), "a.csv: line 2, column 'value': the outcome is empty; leave out the row when nothing was published (a missing figure is never read as zero).");
    }

    [Fact]
    public void PlanActualTwiceForAYear_ExitsTwoNamingBothLines()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, Header + "listed,家,count,2017,52,2021,100\n", "indicator,period,value\nlisted,2021,66\nlisted,2021,67\n"), "a.csv: line 3, column 'period': 'listed' already has an outcome for 2021, on line 2; give each year once.");
    }

    [Fact]
    public void PlanMissingKindColumn_ExitsTwoListingTheColumns()
    {
        using var s = new Scratch();
        Expect.Exit(2, Plan(s, "indicator,base_period,base_value,target_period,target_value\nx,2017,52,2021,100\n"), "t.csv: line 1: missing column 'kind' (the columns are: indicator, base_period, base_value, target_period, target_value).");
    }
}
