using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "Cumulative series tables" (<c>series</c>): periods, levels and growth of a cumulative release series.</summary>
public class CumulativeSeriesTableTest
{
    private static (int ExitCode, string Output, string Error) Series(string content, params string[] more)
    {
        using var s = new Scratch();
        string path = s.Text("c.csv", content);
        var run = CliRunner.Run(["series", "--input", path, .. more]);
        return (run.ExitCode, run.Output, run.Error.Replace(path, "c.csv", System.StringComparison.Ordinal));
    }

    [Fact]
    public void CumulativeEmptyPeriod_ExitsTwoNamingLineAndColumn()
    {
        Expect.Exit(2, Series("period,value,growth\n2023年1-4月,149833,8.5\n,187636,9.3\n"), "c.csv: line 3, column 'period': the period is empty");
    }

    [Fact]
    public void CumulativeDuplicatePeriod_ExitsTwoNamingBothLines()
    {
        Expect.Exit(2, Series("period,value\n2023年1-4月,149833\n2023-01..04,149833\n"), "c.csv: line 3, column 'period': 2023-01..04 already appears on line 2.");
    }

    [Fact]
    public void CumulativeLevelNotANumber_ExitsTwoQuotingTheCell()
    {
        Expect.Exit(2, Series("时期,累计值,增速\n2023年1-4月,149833,8.5\n2023年1-5月,18万,9.3\n"), "c.csv: line 3, column '累计值': '18万' is not a number as printed");
    }

    [Fact]
    public void CumulativeGrowthNotANumber_ExitsTwoQuotingTheCell()
    {
        Expect.Exit(2, Series("period,value,growth\n2023年1-4月,149833,8.5%\n"), "c.csv: line 2, column 'growth': '8.5%' is not a number as printed");
    }

    [Fact]
    public void CumulativeGrowthOfMinus100_ExitsTwoNamingTheCell()
    {
        Expect.Exit(2, Series("period,value,growth\n2023年1-4月,149833,-100.0\n"), "c.csv: line 2, column 'growth': '-100.0' % leaves no base a year earlier: a growth must be above −100 %.");
    }

    [Fact]
    public void CumulativeMonthThatIsNotJanuary_ExitsTwoAskingForACumulativePeriod()
    {
        Expect.Exit(2, Series("period,value\n2023年5月,37803\n"), "c.csv: line 2, column 'period': 2023-05 is a month, not a cumulative period");
    }

    [Fact]
    public void CumulativeEmptyLevelForSingleMonth_ExitsTwoNamingTheLine()
    {
        // A rates-only row is kept for --average-years, never filled with zero; --single-month needs its level.
        Expect.Exit(2, Series("period,value,growth\n2023年1-4月,149833,8.5\n2023年1-5月,,9.3\n"), "c.csv: line 3, column 'value': the cumulative level for 2023-01..05 is empty; --single-month needs every level as printed.");
    }

    [Fact]
    public void CumulativeRowWithNeitherLevelNorGrowth_ExitsTwoNamingTheLine()
    {
        Expect.Exit(2, Series("period,value,growth\n2023年1-4月,,\n"), "c.csv: line 2, column 'value': the row for 2023-01..04 has neither a cumulative level nor a growth");
    }

    [Fact]
    public void CumulativeAverageYearsZero_ExitsTwoNamingTheOption()
    {
        Expect.Exit(2, Series("period,value\n2023年1-4月,1\n", "--average-years", "0"), "--average-years 0: the number of years must be at least 1");
    }

    [Fact]
    public void CumulativeCsvWithBothTables_ExitsTwoAskingForOne()
    {
        Expect.Exit(2, Series("period,value\n2023年1-4月,1\n", "--single-month", "--average-years", "2", "--format", "csv"), "--format csv writes one table: give --single-month or --average-years, not both.");
    }

    [Fact]
    public void CumulativeSplitRuleUnknown_ExitsTwoListingTheRules()
    {
        Expect.Exit(2, Series("period,value\n2024年1-2月,8000\n", "--split-jan-feb", "halves"), "--split-jan-feb: 'halves' is not a rule; give equal, working-days:J,F");
    }

    [Fact]
    public void CumulativeSplitWorkingDaysBeyondTheMonth_ExitsTwoNamingTheOption()
    {
        Expect.Exit(2, Series("period,value\n2024年1-2月,8000\n", "--split-jan-feb", "working-days:40,1"), "--split-jan-feb 'working-days:40,1': January has 0 to 31 working days.");
    }

    [Fact]
    public void CumulativeSplitLastYearWithSeveralYears_ExitsTwoAskingForOneYear()
    {
        Expect.Exit(2, Series("period,value\n2023年1-2月,8000\n2024年1-2月,8100\n", "--split-jan-feb", "last-year:4200,3800"), "the weights are one year's, but the file has 1-2月 of 2 years (2023, 2024)");
    }

    [Fact]
    public void CumulativeSplitWithoutSingleMonth_ExitsTwoAskingForIt()
    {
        Expect.Exit(2, Series("period,value\n2024年1-2月,8000\n", "--split-jan-feb", "equal", "--average-years", "1"), "--split-jan-feb splits the single-month figures: give --single-month with it.");
    }
}
