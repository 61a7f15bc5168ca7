using System;
using System.Globalization;
using System.Linq;
using CsCheck;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Laws;

/// <summary>
/// Property-based tests (CsCheck) for the laws the library's quantities obey, over generated inputs.
/// </summary>
/// <remarks>
/// Each law runs a bounded number of iterations on one thread, so the whole class takes well under a second or two.
/// A failure is shrunk to a small counter-example and CsCheck prints it with its seed; set the environment variable
/// <c>CsCheck_Seed</c> to that seed to replay exactly that case.
/// </remarks>
public class LawsTest
{
    private const int Iterations = 200;

    // A figure with two decimals in [0.01, 100000.00], as a decimal: an output level in 億元.
    private static readonly Gen<decimal> Level = Gen.Long[1, 10_000_000].Select(c => c / 100m);

    private static void Sample<T>(Gen<T> gen, Action<T> assert) => gen.Sample(assert, iter: Iterations, threads: 1);

    [Fact]
    public void CumulateThenDecumulate_IsTheSeriesAgain() =>
        Sample(Gen.Select(Gen.Int[2015, 2020], Gen.Int[1, 3], Level.Array[12]), t =>
        {
            var (firstYear, years, values) = t;
            var flow = TimeSeries.Create(
                SeriesKind.Flow,
                MetricUnit.YiYuan,
                Enumerable.Range(0, years * 12).Select(i => Observation.Of(ReportingPeriod.Month(firstYear + (i / 12), (i % 12) + 1), values[i % 12] + (i / 12))));

            var back = flow.ToCumulative().ToFlow();

            Assert.Equal(flow.Observations, back.Observations);
            Assert.Equal(flow.ToCumulative().Observations, back.ToCumulative().Observations);
        });

    [Fact]
    public void Contributions_AddUpToTheTotalsGrowth_AndRatesTo100Percent() =>
        Sample(Gen.Select(Level, Level).Array[2, 7], parts =>
        {
            var rows = parts.Select((p, i) => new BreakdownRow("p" + i.ToString(CultureInfo.InvariantCulture), PublishedValue.Of(p.Item2), PublishedValue.Of(p.Item1))).ToList();
            var analysis = Breakdown.Analyse(rows);
            decimal previous = parts.Sum(p => p.Item1), current = parts.Sum(p => p.Item2);
            double totalGrowth = (double)((current - previous) / previous);

            // Σ 拉動 = the total's growth, exactly in decimal up to one rounding to double per part.
            Assert.Equal(totalGrowth, analysis.Parts.Sum(p => p.ContributionPoints!.Value), 1e-12);
            Assert.Equal(totalGrowth, analysis.Total.Growth.GetFraction(), 1e-12);
            if (current != previous)
            {
                Assert.Equal(1.0, analysis.Parts.Sum(p => p.ContributionRate!.Value), 1e-9);
            }

            Assert.Equal(1.0, analysis.Parts.Sum(p => p.Share!.Value), 1e-12);
        });

    [Fact]
    public void ShiftShareComponents_AddUpToTheActualChange() =>
        Sample(Gen.Select(Gen.Double[1.0, 1e6], Gen.Double[1.0, 1e6], Gen.Double[1.0, 1e6], Gen.Double[1.0, 1e6]).Array[1, 8], industries =>
        {
            double[] e0 = [.. industries.Select(x => x.Item1)], e1 = [.. industries.Select(x => x.Item2)];
            double[] n0 = [.. industries.Select(x => x.Item3)], n1 = [.. industries.Select(x => x.Item4)];
            var dunn = ShiftShare.Dunn(e0, e1, n0, n1).Total;
            double scale = e1.Sum() + e0.Sum();
            Assert.Equal(e1.Sum() - e0.Sum(), dunn.ActualChange, 1e-9 * scale);
            Assert.Equal(dunn.ActualChange, dunn.NationalShare + dunn.IndustryMix + dunn.RegionalShift, 1e-9 * scale);

            var em = ShiftShare.EstebanMarquillas(e0, e1, n0, n1).Total;
            Assert.Equal(em.ActualChange, em.NationalShare + em.IndustryMix + em.CompetitiveEffect + em.AllocationEffect, 1e-9 * scale);
        });

    [Fact]
    public void CompoundingACagr_ReturnsTheEndValue() =>
        Sample(Gen.Select(Level, Level, Gen.Double[0.25, 40.0]), t =>
        {
            var (start, end, years) = t;
            var cagr = Growth.Cagr(start, end, years);
            Assert.Equal((double)end, (double)start * Math.Pow(1.0 + cagr.GetFraction(), years), 1e-9 * (double)end);
        });

    [Fact]
    public void EveryRoundingOfTheInputs_StaysInsideTheImpliedBounds() =>
        Sample(Gen.Select(Level, Gen.Long[-500, 5000], Gen.Double[0.0, 1.0], Gen.Double[0.0, 1.0]), t =>
        {
            var (levelValue, growthTenths, u, v) = t;
            var level = PublishedValue.Of(levelValue);
            var growth = PublishedValue.Of(growthTenths / 10m, 1);

            // A true level and growth anywhere in the rounding box of the printed figures.
            double x = level.Bounds.Lower + (u * level.Bounds.Width), g = growth.Bounds.Lower + (v * growth.Bounds.Width);
            double trueBase = x / (1.0 + (g / 100.0)), trueIncrease = x - trueBase;

            var b = Implied.Base(level, growth).Bounds;
            var inc = Implied.Increase(level, growth).Bounds;
            double slack = 1e-12 * Math.Abs(x);
            Assert.InRange(trueBase, b.Lower - slack, b.Upper + slack);
            Assert.InRange(trueIncrease, inc.Lower - slack, inc.Upper + slack);
        });

    [Fact]
    public void UnitConversions_RoundTrip() =>
        Sample(Gen.Long[-1_000_000_000_000, 1_000_000_000_000].Select(c => c / 100m), yuan =>
        {
            var amount = Amount.FromYuan(yuan);
            foreach (var unit in new[] { MetricUnit.WanYuan, MetricUnit.YiYuan })
            {
                var there = amount.In(unit);
                Assert.Equal(yuan, there.In(MetricUnit.Yuan).Value);
                Assert.Equal(0, amount.InYuan.CompareTo(there.InYuan));
            }
        });

    [Fact]
    public void TierThresholds_AreMonotone() =>
        Sample(Gen.Select(Level, Level, Level), t =>
        {
            // Lowering an "at least" threshold never drops a firm that met the higher one; raising an upper bound never
            // drops one that was inside.
            var (amountYi, a, b) = t;
            decimal low = Math.Min(a, b), high = Math.Max(a, b);
            var amount = Amount.FromYiYuan(amountYi);
            if (AmountBand.AtLeast(Amount.FromYiYuan(high)).Contains(amount))
            {
                Assert.True(AmountBand.AtLeast(Amount.FromYiYuan(low)).Contains(amount));
                Assert.True(AmountBand.AtLeast(Amount.FromYiYuan(low).In(MetricUnit.WanYuan)).Contains(amount));
            }

            if (AmountBand.Between(Amount.FromYiYuan(0m), true, Amount.FromYiYuan(low), false).Contains(amount))
            {
                Assert.True(AmountBand.Between(Amount.FromYiYuan(0m), true, Amount.FromYiYuan(high), true).Contains(amount));
            }
        });

    [Fact]
    public void PeriodText_RoundTripsInBothNotations() =>
        Sample(Gen.Select(Gen.Int[1, 9999], Gen.Int[0, 5], Gen.Int[1, 12], Gen.Int[1, 12]), t =>
        {
            var (year, kind, m1, m2) = t;
            int first = Math.Min(m1, m2), last = Math.Max(m1, m2);
            var period = kind switch
            {
                0 => ReportingPeriod.Month(year, m1),
                1 => ReportingPeriod.Quarter(year, ((m1 - 1) / 3) + 1),
                2 => ReportingPeriod.Half(year, m1 <= 6 ? 1 : 2),
                3 => ReportingPeriod.CalendarYear(year),
                4 => ReportingPeriod.YearToDate(year, m1),
                _ => last > first ? ReportingPeriod.MonthSpan(year, first, last) : ReportingPeriod.Month(year, first),
            };

            Assert.Equal(period, ReportingPeriod.Parse(period.ToString(PeriodNotation.Iso)));
            Assert.Equal(period, ReportingPeriod.Parse(period.ToString(PeriodNotation.Chinese)));
        });

    [Fact]
    public void RoundingFormat_AgreesForDoublesAndDecimalsOfTheSameFigure() =>
        Sample(Gen.Select(Gen.Long[-1_000_000_000, 1_000_000_000], Gen.Int[0, 6], Gen.Int[0, 6]), t =>
        {
            var (units, scale, decimals) = t;
            decimal figure = units / (decimal)Math.Pow(10, scale);
            Assert.Equal(Rounding.Format(figure, decimals), Rounding.Format((double)figure, decimals));
        });
}
