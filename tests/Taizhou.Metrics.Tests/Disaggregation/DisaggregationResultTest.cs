using Taizhou.Metrics.Disaggregation;
using Xunit;

namespace Taizhou.Metrics.Tests.Disaggregation;

/// <summary><see cref="DisaggregationResult"/> and <see cref="DisaggregationCoefficient"/>: the p values and the text.</summary>
public class DisaggregationResultTest
{
    private static readonly DisaggregationResult Ols = TemporalDisaggregation.Disaggregate(SwissPharma.Sales, [SwissPharma.Exports, SwissPharma.Imports], DisaggregationOptions.Ols());

    [Fact]
    public void Coefficients_PValue_IsTwoSidedStudentTWithMMinusKDegreesOfFreedom()
    {
        // tempdisagg's summary(): p = 2 pt(|t|, df = m − k, lower = FALSE); m = 36, k = 3. Expected from the stored
        // β and se (t = 1.8615831 and 7.8266941) through the regularized incomplete beta, I_{df/(df+t²)}(df/2, 1/2),
        // in mpmath at 30 digits: 0.071588777956 and 5.0793494e-9. 1e-7 relative covers the stored 10 digits.
        TemporalDisaggregationTest.AssertRelative(0.0715887779560881, Ols.Coefficients[2].PValue, 1e-7, "p(imports.q)");
        TemporalDisaggregationTest.AssertRelative(5.07934941008938e-9, Ols.Coefficients[0].PValue, 1e-7, "p(Intercept)");
    }

    [Fact]
    public void ToString_NamesTheMethodRhoAndCoefficients()
    {
        Assert.Equal("ols, sum: 158 values (fr = 4, 12 retropolated, 2 extrapolated); ρ = 0; (Intercept) = 11.6858545 (1.49308); exports.q = 0.01125750845 (0.00115782); imports.q = 0.003934288236 (0.00211341)", Ols.ToString());
        var truncated = TemporalDisaggregation.Disaggregate(SwissPharma.Sales, SwissPharma.Exports, DisaggregationOptions.ChowLin());
        Assert.Contains("ρ = 0 (truncated)", truncated.ToString(), System.StringComparison.Ordinal);
        var denton = TemporalDisaggregation.Disaggregate([100.0, 120.0], 4, DisaggregationOptions.DentonCholette());
        Assert.Equal("denton-cholette (proportional, h = 1), sum: 8 values (fr = 4, 0 retropolated, 0 extrapolated)", denton.ToString());
        Assert.Null(denton.Series);
        Assert.Null(denton.LogLikelihood);
    }
}
