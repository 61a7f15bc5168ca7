using System;
using System.Linq;
using CsCheck;
using Taizhou.Metrics.Disaggregation;
using Xunit;

namespace Taizhou.Metrics.Tests.Disaggregation;

/// <summary>The law every method keeps: the high-frequency result aggregates back to the low-frequency series (C y = y_l).</summary>
public partial class TemporalDisaggregationTest
{
    public static TheoryData<string, DisaggregationConversion> EveryMethodAndConversion
    {
        get
        {
            var data = new TheoryData<string, DisaggregationConversion>();
            foreach (string method in Methods.Keys)
            {
                foreach (var conversion in Enum.GetValues<DisaggregationConversion>())
                {
                    data.Add(method, conversion);
                }
            }

            return data;
        }
    }

    private static System.Collections.Generic.Dictionary<string, DisaggregationOptions> Methods { get; } = new()
    {
        ["chow-lin-maxlog"] = DisaggregationOptions.ChowLin(),
        ["chow-lin-minrss-quilis"] = DisaggregationOptions.ChowLin(RhoEstimation.MinimumRss),
        ["chow-lin-minrss-ecotrim"] = DisaggregationOptions.ChowLin(RhoEstimation.MinimumRssEcotrim),
        ["chow-lin-fast"] = DisaggregationOptions.ChowLin(RhoEstimation.Fixed, 0.99999),
        ["litterman-maxlog"] = DisaggregationOptions.Litterman().WithTruncatedRho(null),
        ["litterman-minrss"] = DisaggregationOptions.Litterman(RhoEstimation.MinimumRss),
        ["litterman-fixed"] = DisaggregationOptions.Litterman(RhoEstimation.Fixed, -0.5),
        ["fernandez"] = DisaggregationOptions.Fernandez(),
        ["ols"] = DisaggregationOptions.Ols(),
        ["denton-p-1"] = DisaggregationOptions.Denton(),
        ["denton-a-2"] = DisaggregationOptions.Denton(DentonCriterion.Additive, 2),
        ["denton-cholette-p-0"] = DisaggregationOptions.DentonCholette(DentonCriterion.Proportional, 0),
        ["denton-cholette-p-1"] = DisaggregationOptions.DentonCholette(),
        ["denton-cholette-a-1"] = DisaggregationOptions.DentonCholette(DentonCriterion.Additive, 1),
        ["denton-cholette-p-2"] = DisaggregationOptions.DentonCholette(DentonCriterion.Proportional, 2),
        ["uniform"] = DisaggregationOptions.Uniform(),
    };

    [Theory]
    [MemberData(nameof(EveryMethodAndConversion))]
    public void Swisspharma_EveryMethodAndConversion_AggregatesBackToTheAnnualSeries(string method, DisaggregationConversion conversion)
    {
        // tempdisagg's tests/test-all.R checks ta(predict(x)) == y with all.equal(tolerance = 1e-7); the constraint
        // holds to rounding, so 1e-9 relative here.
        var options = Methods[method].WithConversion(conversion);
        var result = Methods[method].IsRegression
            ? TemporalDisaggregation.Disaggregate(SwissPharma.Sales, [SwissPharma.Exports, SwissPharma.Imports], options)
            : TemporalDisaggregation.Disaggregate(SwissPharma.Sales, SwissPharma.Exports, options);

        AssertAggregatesBack(SwissPharma.AsDoubles(SwissPharma.SalesA), result, 1e-9);
        Assert.Equal(result.Values.Select(v => (decimal)v), result.Series!.Observations.Select(o => o.Value!.Value));
    }

    [Fact]
    public void RandomProblems_EveryMethod_AggregatesBackUnderEveryConversion()
    {
        // Random sizes (m = 5..9 low-frequency values, fr = 2..12, 0..3 values retropolated and extrapolated), a positive
        // indicator with noise and low-frequency values near its aggregate; every method and conversion. 1e-7 relative
        // to the largest value (tempdisagg's own tolerance): the original Denton with h = 2 is ill-conditioned.
        var gen = Gen.Select(Gen.Int[5, 9], Gen.Int[2, 12], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Double[0.5, 2.0].Array[120], Gen.Double[0.8, 1.2].Array[9]);
        gen.Sample(
            t =>
            {
                var (m, fr, back, forward, noise, scale) = t;
                int n = back + (m * fr) + forward;
                var x = new double[n, 2];
                for (int i = 0; i < n; i++)
                {
                    x[i, 0] = 100 + i + (10 * noise[i]);
                    x[i, 1] = 50 + (20 * Math.Sin(i)) + noise[(i + 7) % noise.Length];
                }

                var y = new double[m];
                for (int c = 0; c < m; c++)
                {
                    for (int j = 0; j < fr; j++)
                    {
                        y[c] += x[back + (c * fr) + j, 0];
                    }

                    y[c] *= scale[c];
                }

                var column = new double[n];
                for (int i = 0; i < n; i++)
                {
                    column[i] = x[i, 0];
                }

                foreach (var (name, options) in Methods)
                {
                    foreach (var conversion in Enum.GetValues<DisaggregationConversion>())
                    {
                        var o = options.WithConversion(conversion);
                        var yc = conversion == DisaggregationConversion.Sum ? y : y.Select(v => v / fr).ToArray();
                        var result = o.IsRegression
                            ? TemporalDisaggregation.Disaggregate(yc, x, fr, o, back)
                            : TemporalDisaggregation.Disaggregate(yc, column, fr, o, back);
                        Assert.Equal(n, result.Values.Length);
                        Assert.Equal((back, forward), (result.BackcastCount, result.ForecastCount));
                        AssertAggregatesBack(yc, result, 1e-7, $"{name}, {conversion}, m={m}, fr={fr}, back={back}, forward={forward}");
                    }
                }
            },
            iter: 25,
            threads: 1);
    }

    private static void AssertAggregatesBack(double[] y, DisaggregationResult result, double tolerance, string? what = null)
    {
        int fr = result.FrequencyRatio;
        double scale = y.Max(Math.Abs);
        for (int c = 0; c < y.Length; c++)
        {
            int start = result.BackcastCount + (c * fr);
            double aggregate = result.Options.Conversion switch
            {
                DisaggregationConversion.Sum => Enumerable.Range(start, fr).Sum(i => result.Values[i]),
                DisaggregationConversion.Average => Enumerable.Range(start, fr).Sum(i => result.Values[i]) / fr,
                DisaggregationConversion.First => result.Values[start],
                _ => result.Values[start + fr - 1],
            };
            Assert.True(Math.Abs(aggregate - y[c]) <= tolerance * scale, $"{what ?? result.Options.ToString()}: low-frequency period {c} aggregates to {aggregate:R}, not {y[c]:R}");
        }
    }
}
