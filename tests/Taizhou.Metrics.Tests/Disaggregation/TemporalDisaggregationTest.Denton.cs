using System;
using System.Linq;
using Taizhou.Metrics.Disaggregation;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Disaggregation;

/// <summary>The Denton methods on Denton's (1971) own example, the IMF manual's benchmarking example and hand cases.</summary>
public partial class TemporalDisaggregationTest
{
    /// <summary>Denton (1971), p. 101, as tempdisagg's man page runs it: d.q = (50, 100, 150, 100) × 5, d.a = 500, 400, 300, 400, 500.</summary>
    private static readonly double[] DentonQuarterly = [.. Enumerable.Repeat(new double[] { 50, 100, 150, 100 }, 5).SelectMany(q => q)];

    private static readonly double[] DentonAnnual = [500, 400, 300, 400, 500];

    public static TheoryData<DentonCriterion, int, double[]> Denton1971Table => new()
    {
        // The man page's a1-a4 and p1-p4 (original Denton, sum, h = 0..3) from the tempdisagg port (notes §1.4), to 4
        // decimals; they reproduce Denton's table rounded to units. Tolerance 6e-5: the quoting's rounding.
        { DentonCriterion.Additive, 0, [75, 125, 175, 125, 50, 100, 150, 100, 25, 75, 125, 75, 50, 100, 150, 100, 75, 125, 175, 125] },
        { DentonCriterion.Additive, 1, [66.9868, 126.9868, 180.0000, 126.0263, 65.0658, 104.6553, 144.7947, 85.4842, 26.7237, 72.5300, 122.9032, 77.8432, 37.3501, 96.2128, 154.4314, 112.0058, 68.9360, 124.1337, 177.5988, 129.3314] },
        { DentonCriterion.Additive, 2, [62.0787, 125.2195, 182.3517, 130.3501, 70.0351, 106.1726, 142.4277, 81.3646, 24.4463, 72.0351, 123.9668, 79.5518, 37.5738, 96.2909, 154.5164, 111.6190, 67.5228, 122.7074, 177.5324, 132.2374] },
        { DentonCriterion.Additive, 3, [59.2847, 123.3095, 183.5372, 133.8685, 73.6666, 107.3744, 140.7264, 78.2326, 21.9341, 71.4316, 125.1857, 81.4485, 38.8246, 96.4637, 153.8831, 110.8285, 67.1728, 122.8522, 177.8413, 132.1338] },
        { DentonCriterion.Proportional, 0, [55.5556, 122.2222, 200.0000, 122.2222, 50.0000, 100.0000, 150.0000, 100.0000, 44.4444, 77.7778, 100.0000, 77.7778, 50.0000, 100.0000, 150.0000, 100.0000, 55.5556, 122.2222, 200.0000, 122.2222] },
        { DentonCriterion.Proportional, 1, [56.7639, 124.1847, 193.6495, 125.4019, 57.9811, 106.6536, 146.4109, 88.9544, 40.2819, 74.3190, 108.5488, 76.8502, 42.8131, 94.1706, 153.3778, 109.6385, 58.2810, 122.6200, 190.4208, 128.6781] },
        { DentonCriterion.Proportional, 2, [54.9608, 121.8909, 194.1753, 128.9730, 60.5403, 109.2254, 144.7916, 85.4428, 38.7141, 73.2763, 110.1916, 77.8180, 42.6128, 93.9248, 153.6477, 109.8147, 57.9844, 121.3409, 189.4831, 131.1915] },
        { DentonCriterion.Proportional, 3, [53.7969, 119.8421, 194.6490, 131.7120, 62.2317, 110.9673, 143.7127, 83.0884, 37.5599, 72.3412, 111.0703, 79.0287, 43.0227, 94.0324, 153.2048, 109.7400, 58.2282, 122.0879, 189.8362, 129.8478] },
    };

    [Theory]
    [MemberData(nameof(Denton1971Table))]
    public void Denton_Denton1971Example_MatchesTheManPageTable(DentonCriterion criterion, int h, double[] expected)
    {
        var result = TemporalDisaggregation.Disaggregate(DentonAnnual, DentonQuarterly, 4, DisaggregationOptions.Denton(criterion, h), 0);

        Assert.Equal(expected.Length, result.Values.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], result.Values[i], 6e-5);
        }

        Assert.Empty(result.Coefficients);
        Assert.Null(result.Rho);
        Assert.Equal(DentonQuarterly, result.Preliminary);
    }

    [Fact]
    public void Denton_ProportionalLevels_SpreadsTheResidualInProportionToTheSquaredIndicator()
    {
        // Hand: year 1 has residual 500 − 400 = 100 and x² shares 2500, 10000, 22500, 10000 of 45000, so
        // 50 + 100·2500/45000 = 55.5556…, not the pro-rata 62.5 (tempdisagg's Q = diag((x / mean x)²)).
        var result = TemporalDisaggregation.Disaggregate(DentonAnnual, DentonQuarterly, 4, DisaggregationOptions.DentonCholette(DentonCriterion.Proportional, 0), 0);

        Assert.Equal(50 + (100.0 * 2500 / 45000), result.Values[0], 1e-12);
        Assert.Equal(100 + (100.0 * 10000 / 45000), result.Values[1], 1e-12);
        Assert.Equal(150 + (100.0 * 22500 / 45000), result.Values[2], 1e-12);
        Assert.Equal(44.4444444444444444, result.Values[8], 1e-12);
    }

    [Fact]
    public void Denton_AdditiveLevels_AddsAnEqualShareOfTheResidual()
    {
        // Hand: h = 0 additive adds (y_l − Σx) / 4 to each quarter: year 3 has 300 − 400 = −100, so −25 each.
        var cholette = TemporalDisaggregation.Disaggregate(DentonAnnual, DentonQuarterly, 4, DisaggregationOptions.DentonCholette(DentonCriterion.Additive, 0), 0);
        var uniform = TemporalDisaggregation.Disaggregate(DentonAnnual, DentonQuarterly, 4, DisaggregationOptions.Uniform(), 0);

        double[] expected = [75, 125, 175, 125, 50, 100, 150, 100, 25, 75, 125, 75, 50, 100, 150, 100, 75, 125, 175, 125];
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], cholette.Values[i], 1e-12);
            Assert.Equal(expected[i], uniform.Values[i], 1e-12);
        }
    }

    [Fact]
    public void Uniform_WithoutIndicator_GivesAQuarterOfEachYear()
    {
        // Hand: mod4 <- td(sales.a ~ 1, to = "quarterly", method = "uniform"): y_l / 4 in each quarter; 1975 is
        // 136.70232912507558 / 4 = 34.175582281268895.
        var result = TemporalDisaggregation.Disaggregate(SwissPharma.Sales, PeriodKind.Quarter, DisaggregationOptions.Uniform());

        Assert.Equal(144, result.Values.Length);
        for (int i = 0; i < result.Values.Length; i++)
        {
            Assert.Equal((double)SwissPharma.SalesA[i / 4] / 4, result.Values[i], 1e-12 * result.Values[i]);
        }

        Assert.Equal(ReportingPeriod.Quarter(1975, 1), result.Series!.Observations[0].Period);
        Assert.Equal(34.175582281268895, result.Values[0], 1e-12);
    }

    [Fact]
    public void Uniform_AverageConversion_RepeatsTheLowFrequencyValue()
    {
        // Hand: with the mean as the constraint each month of a quarter takes the quarter's value.
        var quarterly = TimeSeries.FromValues(SeriesKind.Stock, MetricUnit.Index, [ReportingPeriod.Quarter(2024, 3), ReportingPeriod.Quarter(2024, 4)], [101.5m, 103m], "price index");
        var result = TemporalDisaggregation.Disaggregate(quarterly, PeriodKind.Month, DisaggregationOptions.Uniform().WithConversion(DisaggregationConversion.Average));

        Assert.Equal([101.5, 101.5, 101.5, 103, 103, 103], result.Values);
        var series = result.Series!;
        Assert.Equal(ReportingPeriod.Range(ReportingPeriod.Month(2024, 7), ReportingPeriod.Month(2024, 12)), series.Periods);
        Assert.Equal((SeriesKind.Stock, MetricUnit.Index, "price index"), (series.Kind, series.Unit, series.Name));
    }

    [Fact]
    public void DentonCholette_ImfQnaExample8_8_MatchesThePublishedBenchmarkedSeries()
    {
        // IMF Quarterly National Accounts Manual 2017, Example 8.8 (book p. 193): quarterly chain Fisher 2011Q1-2013Q4
        // benchmarked to the annual chain Fisher (2010 = 100) by "the Denton proportional method", mean conversion; 2010
        // enters as four quarters of 100 with its annual 100. The inputs are printed to 2 decimals, so the published
        // result is matched to 0.015 index points (the research port's largest gap, 0.0122). The unrounded values of the
        // tempdisagg port (notes §5) are matched to 6e-5 (their 4 decimals).
        double[] indicator = [100, 100, 100, 100, 100.74, 100.66, 100.74, 101.07, 101.25, 101.31, 101.90, 102.99, 103.77, 104.32, 104.26, 104.08];
        double[] annual = [100, 100.79, 101.79, 104.06];
        var result = TemporalDisaggregation.Disaggregate(annual, indicator, 4, DisaggregationOptions.DentonCholette().WithConversion(DisaggregationConversion.Average), 0);

        double[] published = [100.73, 100.65, 100.72, 101.04, 101.19, 101.24, 101.82, 102.91, 103.71, 104.27, 104.21, 104.04];
        double[] port = [100.7422, 100.6568, 100.7248, 101.0361, 101.1907, 101.2355, 101.8198, 102.9140, 103.7090, 104.2704, 104.2183, 104.0423];
        for (int i = 0; i < published.Length; i++)
        {
            Assert.Equal(published[i], result.Values[i + 4], 0.015);
            Assert.Equal(port[i], result.Values[i + 4], 6e-5);
        }
    }

    [Fact]
    public void DentonCholette_FirstDifferences_HaveNoStartTransient_UnlikeTheOriginalDenton()
    {
        // With a constant indicator, Denton-Cholette's first-difference solution is flat within a flat stretch at the
        // start; the original Denton pulls the first quarter towards zero (it penalises the first level): the stored
        // R-output shows 33.39 against 19.78 for 1975Q1 of sales.a.
        var cholette = TemporalDisaggregation.Disaggregate(SwissPharma.Sales, PeriodKind.Quarter, DisaggregationOptions.DentonCholette());
        var original = TemporalDisaggregation.Disaggregate(SwissPharma.Sales, PeriodKind.Quarter, DisaggregationOptions.Denton());

        Assert.True(original.Values[0] < 0.6 * cholette.Values[0]);
        Assert.Equal(original.Values[^1], cholette.Values[^1], 1e-9 * cholette.Values[^1]);
    }
}
