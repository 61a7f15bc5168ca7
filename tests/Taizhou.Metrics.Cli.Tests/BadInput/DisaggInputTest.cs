using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>
/// docs/bad-input.md, "Temporal disaggregation (disagg)": what the library refuses (an internal missing value, an
/// uncovered year, a singular X, a zero under the proportional criterion) and the options that do not fit; exit 2 with
/// the message naming the period or the option, never a stack trace.
/// </summary>
public class DisaggInputTest
{
    private const string Annual = "period,value\n2001,500\n2002,400\n2003,300\n2004,400\n2005,500\n";

    private static string Quarterly(Func<int, string> value) =>
        "period,value\n" + string.Concat(Enumerable.Range(0, 20).Select(i => string.Create(CultureInfo.InvariantCulture, $"{2001 + (i / 4)}Q{(i % 4) + 1},{value(i)}\n")));

    private static readonly string Ramp = Quarterly(i => (100 + i + ((i % 4) * 2)).ToString(CultureInfo.InvariantCulture));

    private static (int ExitCode, string Output, string Error) Run(string low, string[] indicators, params string[] args)
    {
        using var lowFile = new TempCsv(low);
        var files = indicators.Select(i => new TempCsv(i)).ToArray();
        try
        {
            return CliRunner.Run(["disagg", "-i", lowFile.Path, .. files.SelectMany(f => new[] { "--indicator", f.Path }), .. args]);
        }
        finally
        {
            foreach (var f in files)
            {
                f.Dispose();
            }
        }
    }

    [Fact]
    public void DisaggInternalMissingValue_ExitsTwoNamingTheYear()
    {
        Expect.Exit(2, Run("period,value\n2001,500\n2002,\n2003,300\n", [Ramp], "-m", "denton-cholette"), "The value for 2002 of series", "is missing: an internal missing value cannot be disaggregated");
    }

    [Fact]
    public void DisaggYearNotCovered_ExitsTwoNamingTheYear()
    {
        Expect.Exit(2, Run(Annual + "2006,450\n", [Ramp], "-m", "denton-cholette"), "The indicators run from 2001Q1 to 2005Q4 and do not cover 2006");
    }

    [Fact]
    public void DisaggIndicatorMissingValue_ExitsTwoNamingTheQuarter()
    {
        Expect.Exit(2, Run(Annual, [Quarterly(i => i == 6 ? string.Empty : "100")], "-m", "chow-lin"), "The value for 2002Q3 of the indicator", "is missing");
    }

    [Fact]
    public void DisaggProportionalZeroIndicator_ExitsTwoNamingTheQuarter()
    {
        Expect.Exit(2, Run(Annual, [Quarterly(i => i == 9 ? "0" : "100")], "-m", "denton-cholette"), "The indicator is 0 at 2003Q2: the proportional Denton criterion divides by the indicator; use the additive criterion");
    }

    [Fact]
    public void DisaggDependentIndicators_ExitsTwoNamingTheDependentOne()
    {
        string twice = Quarterly(i => ((2 * (100 + i + ((i % 4) * 2))) + 3).ToString(CultureInfo.InvariantCulture));
        Expect.Exit(2, Run(Annual, [Ramp, twice], "-m", "chow-lin"), "is singular:", "is a linear combination of (Intercept), ", "Drop the dependent indicator");
    }

    [Fact]
    public void DisaggDentonWithTwoIndicators_ExitsTwoAskingForARegression()
    {
        Expect.Exit(2, Run(Annual, [Ramp, Ramp], "-m", "denton"), "Denton takes one indicator, not 2: use a regression method for several.");
    }

    [Fact]
    public void DisaggWithoutIndicatorOrTo_ExitsTwoAskingForTo()
    {
        Expect.Exit(2, Run(Annual, [], "-m", "denton-cholette"), "taizhou-metrics: --to quarter|month is needed without an --indicator.");
    }

    [Fact]
    public void DisaggToNotMatchingTheIndicator_ExitsTwoNamingBoth()
    {
        Expect.Exit(2, Run(Annual, [Ramp], "-m", "denton-cholette", "--to", "month"), "--to month does not match the indicator", "which holds Quarter periods.");
    }

    [Fact]
    public void DisaggRhoOutOfRange_ExitsTwoNamingRho()
    {
        Expect.Exit(2, Run(Annual, [Ramp], "-m", "chow-lin", "--rho", "1.5"), "taizhou-metrics: --rho '1.5' is not maxlog, minrss, minrss-ecotrim (chow-lin only) or a number strictly between -1 and 1.");
    }

    [Fact]
    public void DisaggOrderOutOfRange_ExitsTwoNamingH()
    {
        Expect.Exit(2, Run(Annual, [Ramp], "-m", "denton", "--h", "7"), "taizhou-metrics: --h 7 must be 0 to 4.");
    }

    [Fact]
    public void DisaggNoConstantForDenton_ExitsTwoSayingItIsForRegressions()
    {
        Expect.Exit(2, Run(Annual, [Ramp], "-m", "denton", "--no-constant"), "taizhou-metrics: --no-constant applies to the regression methods; denton uses its indicator as it is.");
    }

    [Fact]
    public void DisaggToTheSameFrequency_ExitsTwoSayingItDoesNotDivide()
    {
        Expect.Exit(2, Run(Ramp, [], "-m", "uniform", "--to", "quarter"), "Quarter periods do not divide the low-frequency Quarter periods (2001Q1)");
    }
}
