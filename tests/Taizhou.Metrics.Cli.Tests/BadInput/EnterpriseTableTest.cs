using System;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "Enterprise tables" (<c>tiers</c>): columns, units, codes, dates and a firm's rows.</summary>
public class EnterpriseTableTest
{
    private const string Header = "id,name,industry_code,cluster,county,listed_on,founded,year,output_yi,revenue_wan,employees";
    private const string Row = "A,甲公司,3670,,椒江区,,2001-01-01,2021,100,950000,3000";

    private static (int ExitCode, string Output, string Error) Tiers(Scratch s, string table, params string[] more) =>
        CliRunner.Run(["tiers", "--input", s.Text("f.csv", table), "--year", "2021", .. more]);

    private static string With(string column, string value)
    {
        string[] names = Header.Split(',');
        string[] cells = Row.Split(',');
        cells[Array.IndexOf(names, column)] = value;
        return $"{Header}\n{string.Join(',', cells)}\n";
    }

    [Fact]
    public void FirmsUnknownUnit_ExitsTwoNamingTheColumn()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, $"{Header.Replace("output_yi", "output_usd", StringComparison.Ordinal)}\n{Row}\n"), "f.csv: line 1, column 'output_usd': unknown unit 'usd'; write output (元), output_wan (万元) or output_yi (亿元).");
    }

    [Fact]
    public void FirmsMoneyGivenTwice_ExitsTwoNamingBothColumns()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, $"{Header},output\n{Row},5\n"), "f.csv: line 1, column 'output': the output is already given in column 'output_yi'; give it once, in one unit.");
    }

    [Fact]
    public void FirmsMissingOutput_ExitsTwoSayingWhichRulesNeedIt()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, $"{Header.Replace("output_yi,", "", StringComparison.Ordinal)}\nA,甲公司,3670,,椒江区,,2001-01-01,2021,950000,3000\n"), "f.csv: line 1: missing column 'output'", "the aircraft-carrier and flagship rules need it");
    }

    [Fact]
    public void FirmsMissingRevenue_ExitsTwoSayingWhichRulesNeedIt()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, $"{Header.Replace("revenue_wan,", "", StringComparison.Ordinal)}\nA,甲公司,3670,,椒江区,,2001-01-01,2021,100,3000\n"), "f.csv: line 1: missing column 'revenue'", "规上");
    }

    [Fact]
    public void FirmsUnknownColumn_ExitsTwoListingTheKnownOnes()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, $"{Header},colour\n{Row},red\n"), "f.csv: line 1, column 'colour': unknown column (known: id, name, industry_code");
    }

    [Fact]
    public void FirmsUnknownIndustryCode_ExitsTwoSayingWhy()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, With("industry_code", "9999")), "f.csv: line 2, column 'industry_code': '9999' is not a GB/T 4754-2017 industry class: there is no division 99");
    }

    [Fact]
    public void FirmsIndustryDivisionForClass_ExitsTwoAskingForFourDigits()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, With("industry_code", "36")), "f.csv: line 2, column 'industry_code': '36' is a GB/T 4754 division or group, not a class; give the four-digit class (小类), such as 3670.");
    }

    [Fact]
    public void FirmsLongIndustryCode_IsCutInTheMessage()
    {
        using var s = new Scratch();
        var run = Tiers(s, With("industry_code", new string('9', 10_000)));

        Expect.Exit(2, run, "f.csv: line 2, column 'industry_code': ", "(10,000 characters)");
        Assert.True(run.Error.Length < 600, $"{run.Error.Length} characters");
    }

    [Fact]
    public void FirmsUnknownCluster_ExitsTwoListingTheClusters()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, With("cluster", "boats")), "f.csv: line 2, column 'cluster': 'boats' is not a cluster (known: auto, aviation, moulds, pharma, toilets, sewing, pumps, other;");
    }

    [Fact]
    public void FirmsDateWithSlashes_ExitsTwoAskingForIso()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, With("founded", "2001/01/01")), "f.csv: line 2, column 'founded': '2001/01/01' is not a date; write it as 2015-03-01 (ISO 8601).");
    }

    [Fact]
    public void FirmsImpossibleDate_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, With("listed_on", "2020-02-30")), "f.csv: line 2, column 'listed_on': '2020-02-30' is not a date");
    }

    [Fact]
    public void FirmsFoundedEmpty_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, With("founded", "")), "f.csv: line 2, column 'founded': empty; give a date such as 2015-03-01.");
    }

    [Theory]
    [InlineData("二〇二一")]
    [InlineData("1899")]
    [InlineData("2021.0")]
    public void FirmsYearNotAYear_ExitsTwoQuotingTheCell(string year)
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, With("year", year)), $"f.csv: line 2, column 'year': '{year}' is not a year such as 2021.");
    }

    [Fact]
    public void FirmsYearBeforeFounding_ExitsTwoNamingTheDate()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, With("founded", "2022-01-01")), "f.csv: line 2, column 'year': 2021 is before the firm's founding date 2022-01-01.");
    }

    [Fact]
    public void FirmsNegativeAmount_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, With("output_yi", "-100")), "f.csv: line 2, column 'output_yi': -100 is negative.");
    }

    [Fact]
    public void FirmsLongNegativeAmount_IsCutInTheMessage()
    {
        // A negative number with 10,000 decimals: the message quotes 80 characters of it.
        using var s = new Scratch();
        var run = Tiers(s, With("output_yi", "-1." + new string('5', 9_997)));

        Expect.Exit(2, run, "f.csv: line 2, column 'output_yi': ", "is negative");
        Assert.True(run.Error.Length < 400, $"{run.Error.Length} characters");
    }

    [Fact]
    public void FirmsEmptyAmount_ExitsTwoSayingTheRulesNeedIt()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, With("employees", "")), "f.csv: line 2, column 'employees': empty; the tier rules need every firm's output, revenue and employees in each of its years.");
    }

    [Fact]
    public void FirmsThousandsBadGroups_ExitsTwoQuotingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, With("revenue_wan", "\"95,0000\"")), "f.csv: line 2, column 'revenue_wan': '95,0000' is not a number (no thousands separators or units in the cell).");
    }

    [Fact]
    public void FirmsNaNAmount_ExitsTwoQuotingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, With("output_yi", "NaN")), "f.csv: line 2, column 'output_yi': 'NaN' is not a number");
    }

    [Fact]
    public void FirmsSameYearTwice_ExitsTwoNamingBothLines()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, $"{Header}\n{Row}\n{Row}\n"), "f.csv: line 3, column 'year': firm 'A' already has a row for 2021 on line 2 (one row per firm and year).");
    }

    [Fact]
    public void FirmsAttributeChangesBetweenRows_ExitsTwoNamingBothValues()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, $"{Header}\n{Row}\nA,乙公司,3670,,椒江区,,2001-01-01,2020,90,900000,2900\n"), "f.csv: line 3, column 'name': firm 'A' has '乙公司' here but '甲公司' on line 2;");
    }

    [Fact]
    public void FirmsIdEmpty_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, With("id", "")), "f.csv: line 2, column 'id': empty.");
    }

    [Fact]
    public void FirmsYearNotInFile_ExitsTwoListingTheYears()
    {
        using var s = new Scratch();
        var run = CliRunner.Run("tiers", "--input", s.Text("f.csv", $"{Header}\n{Row}\n"), "--year", "2030");

        Expect.Exit(2, run, "f.csv: no rows for --year 2030 (the file has 2021).");
    }

    [Fact]
    public void FirmsHeaderOnly_ExitsTwoSayingThereAreNoRows()
    {
        using var s = new Scratch();
        Expect.Exit(2, Tiers(s, $"{Header}\n"), "f.csv: no rows after the header.");
    }
}
