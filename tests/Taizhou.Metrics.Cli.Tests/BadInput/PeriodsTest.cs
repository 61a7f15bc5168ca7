using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "Periods": a period cell or a target period that is not a reporting period, or not one the data allows.</summary>
public class PeriodsTest
{
    private static (int ExitCode, string Output, string Error) Series(Scratch s, string period) =>
        CliRunner.Run("project", "--input", s.Text("s.csv", $"period,value\n{period},1\n2019,2\n"), "--target", "2025:500");

    [Fact]
    public void PeriodMonth13_ExitsTwoSayingWhichPartIsOutOfRange()
    {
        using var s = new Scratch();
        Expect.Exit(2, Series(s, "2018年13月"), "s.csv: line 2, column 'period': '2018年13月' is not a reporting period: month 13 is out of range (A month is 1 to 12.).");
    }

    [Fact]
    public void PeriodMonth0_ExitsTwoSayingWhichPartIsOutOfRange()
    {
        using var s = new Scratch();
        Expect.Exit(2, Series(s, "2018-00"), "s.csv: line 2, column 'period': '2018-00' is not a reporting period: month 0 is out of range");
    }

    [Fact]
    public void PeriodQuarter5_ExitsTwoSayingWhichPartIsOutOfRange()
    {
        using var s = new Scratch();
        Expect.Exit(2, Series(s, "2018Q5"), "s.csv: line 2, column 'period': '2018Q5' is not a reporting period: quarter 5 is out of range (A quarter is 1 to 4.).");
    }

    [Fact]
    public void PeriodYear0_ExitsTwoSayingWhichPartIsOutOfRange()
    {
        using var s = new Scratch();
        Expect.Exit(2, Series(s, "0000"), "s.csv: line 2, column 'period': '0000' is not a reporting period: year 0 is out of range (A year is 1 to 9999.).");
    }

    [Fact]
    public void PeriodYear10000_ExitsTwoListingTheForms()
    {
        using var s = new Scratch();
        Expect.Exit(2, Series(s, "10000"), "s.csv: line 2, column 'period': '10000' is not a reporting period. Expected one of the forms 2018-06, 2018Q2");
    }

    [Fact]
    public void PeriodCumulativeToMonth13_ExitsTwoSayingWhichPartIsOutOfRange()
    {
        using var s = new Scratch();
        Expect.Exit(2, Series(s, "2018年1-13月"), "s.csv: line 2, column 'period': '2018年1-13月' is not a reporting period: ", "13 is out of range");
    }

    [Fact]
    public void PeriodRangeBackwards_ExitsTwoSayingTheOrder()
    {
        using var s = new Scratch();
        Expect.Exit(2, Series(s, "2018年6-3月"), "s.csv: line 2, column 'period': '2018年6-3月' is not a reporting period: a range of months needs its last month after its first.");
    }

    [Fact]
    public void PeriodEmpty_ExitsTwoListingTheForms()
    {
        using var s = new Scratch();
        Expect.Exit(2, Series(s, ""), "s.csv: line 2, column 'period': '' is not a reporting period. Expected one of the forms");
    }

    [Fact]
    public void PeriodInWords_ExitsTwoListingTheForms()
    {
        using var s = new Scratch();
        Expect.Exit(2, Series(s, "June 2018"), "s.csv: line 2, column 'period': 'June 2018' is not a reporting period. Expected one of the forms 2018-06, 2018Q2, 2018H1, 2018, 2018-01..06, 2018-03/04, 2018年6月, 2018年1-6月");
    }

    [Fact]
    public void TargetBeforeTheData_ExitsTwoNamingTheTarget()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2015,110\n2016,121\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2010:5000"), $"--target '2010:5000': {path}: The horizon 2010 must be after the series' last actual period 2016");
    }

    [Fact]
    public void TargetAtTheLastPeriod_ExitsTwoNamingTheTarget()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2015,110\n2016,121\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2016:5000"), $"--target '2016:5000': {path}: The horizon 2016 must be after the series' last actual period 2016");
    }

    [Fact]
    public void TargetOfAnotherFrequency_ExitsTwoNamingBothKinds()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2015,110\n2016,121\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2020Q4:5000"), $"--target '2020Q4:5000': {path}: The horizon 2020Q4 (Quarter) must be of the same kind as the series' last actual period 2016 (Year)");
    }
}
