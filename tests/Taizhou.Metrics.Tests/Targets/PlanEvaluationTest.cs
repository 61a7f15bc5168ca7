using System;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Targets;
using Xunit;

namespace Taizhou.Metrics.Tests.Targets;

public class PlanEvaluationTest
{
    private static ReportingPeriod Y(int year) => ReportingPeriod.CalendarYear(year);

    private static PlanOutcome Outcome(int year, string printed) => new(Y(year), PublishedValue.ParseQualified(printed, out _));

    /// <summary>The 2018 programme's listed-company target: 52 at the end of 2017, 100 by 2021 (FIGURES.md, OUTCOMES.md).</summary>
    private static PlanTarget ListedCompanies() => PlanTarget.Count("listed companies", Y(2017), 52, Y(2021), 100);

    [Fact]
    public void Taizhou2021_ListedCompanies_MissedWith66PercentAttained()
    {
        var evaluation = ListedCompanies().Evaluate([Outcome(2020, "62"), Outcome(2021, "66")]);

        // By hand (1e-9 relative):
        // attainment       66 / 100 = 0.66
        // required growth  (100 / 52)^(1/4) − 1: ln(100/52) = 0.6539265, / 4 = 0.1634816, e^ = 1.1776037 → +17.76 %
        // achieved growth  (66 / 52)^(1/4) − 1:  ln(66/52) = 0.2384110, / 4 = 0.0596027, e^ = 1.0614148 → +6.14 %
        // shortfall        100 − 66 = 34, 34 % of the target
        // at 6.14 % a year 100 needs ln(100/52) / ln(1.0614148) = 10.9714 years from 2017 → first reached in 2028
        //                  (52 × 1.0614148^10 = 94.4 < 100; ^11 = 100.2)
        Assert.Equal(PlanVerdict.Missed, evaluation.Verdict);
        Assert.Equal(0.66, evaluation.Attainment!.Value, 1e-12);
        Assert.Equal(0.1776037069, evaluation.RequiredGrowth.GetFraction(), 1e-9);
        Assert.Equal(0.0614148220, evaluation.AchievedGrowth.GetFraction(), 1e-9);
        Assert.Equal(34.0, evaluation.Shortfall!.Value, 1e-12);
        Assert.Equal(0.34, evaluation.ShortfallShare!.Value, 1e-12);
        Assert.Null(evaluation.ReachedIn);
        Assert.Equal(10.9714, evaluation.YearsToReachAtPace!.Value, 1e-4);
        Assert.Equal(Y(2028), evaluation.ReachedAtPaceIn);
        Assert.Equal(1.0, evaluation.TimeProgress);
        // (66 − 52) / (100 − 52) = 14 / 48 of the required increase done.
        Assert.Equal(14.0 / 48.0, evaluation.Completion!.Value.Estimate, 1e-12);
        Assert.Null(evaluation.RequiredPaceForRest);
        Assert.Null(evaluation.MissingOutcome);
        Assert.Equal(
            "listed companies 2021: 66 (2021) against 100 (attainment 66.0%), missed by 34; required +17.76% a year, achieved +6.14%",
            evaluation.ToString());
    }

    [Fact]
    public void Taizhou2020_ListedCompanies_MidPlanProgressAndThePaceLeft()
    {
        var evaluation = PlanEvaluation.Of(ListedCompanies(), [Outcome(2020, "62"), Outcome(2021, "66")], Y(2020), QualifierTolerance.Default);

        // As of 2020 (the 2021 outcome ignored): 3 of 4 years elapsed → 时间进度 0.75;
        // completion (62 − 52) / 48 = 0.208333, behind time progress by 0.541667;
        // achieved (62 / 52)^(1/3) − 1 = 0.0603831; the last year needs 100 / 62 − 1 = 0.6129032.
        Assert.Equal(PlanVerdict.InProgress, evaluation.Verdict);
        Assert.Equal(0.75, evaluation.TimeProgress, 1e-12);
        Assert.Equal(10.0 / 48.0, evaluation.Completion!.Value.Estimate, 1e-12);
        Assert.Equal(-0.5416666667, evaluation.AheadOfTime!.Value.Estimate, 1e-9);
        Assert.Equal(0.0603830621, evaluation.AchievedGrowth.GetFraction(), 1e-9);
        Assert.Equal(1.0, evaluation.RemainingYears);
        Assert.Equal(0.6129032258, evaluation.RequiredPaceForRest!.Value.GetFraction(), 1e-9);
        Assert.Equal(Y(2020), evaluation.Latest!.Value.Period);
    }

    [Fact]
    public void NoOutcomeForTheTargetYear_IsNotEvaluableAndSaysWhich()
    {
        var evaluation = ListedCompanies().Evaluate([Outcome(2020, "62")]);

        Assert.Equal(PlanVerdict.NotEvaluable, evaluation.Verdict);
        Assert.Equal("no outcome of 'listed companies' for 2021 was published", evaluation.MissingOutcome);
        // The estimates still use the latest outcome, 2020.
        Assert.Equal(0.62, evaluation.Attainment!.Value, 1e-12);
    }

    [Fact]
    public void NoOutcomeAtAll_HasUndefinedAchievedGrowth()
    {
        var evaluation = ListedCompanies().Evaluate([]);

        Assert.Equal(PlanVerdict.NotEvaluable, evaluation.Verdict);
        Assert.False(evaluation.AchievedGrowth.IsDefined);
        Assert.Null(evaluation.Attainment);
        Assert.Null(evaluation.Completion);
    }

    [Theory]
    // 超600 meets "600 by 2021" (every value it stands for is above 600) and "over 600" too.
    [InlineData("超600", 600, false, PlanVerdict.Met)]
    [InlineData("超600", 600, true, PlanVerdict.Met)]
    // 超600 against 700: the bound says nothing about 700.
    [InlineData("超600", 700, false, PlanVerdict.Undetermined)]
    // 约200 ([190, 210]) straddles 200; against 180 it meets, against 220 it misses.
    [InlineData("约200", 200, false, PlanVerdict.Undetermined)]
    [InlineData("约200", 180, false, PlanVerdict.Met)]
    [InlineData("约200", 220, false, PlanVerdict.Missed)]
    // 近100 ([95, 100)) misses 100, meets 95, is undetermined at 97.
    [InlineData("近100", 100, false, PlanVerdict.Missed)]
    [InlineData("近100", 95, false, PlanVerdict.Met)]
    [InlineData("近100", 97, false, PlanVerdict.Undetermined)]
    // A plain figure equal to the target meets it; it does not pass an "over" target.
    [InlineData("600", 600, false, PlanVerdict.Met)]
    [InlineData("600", 600, true, PlanVerdict.Missed)]
    public void QualifiedOutcome_VerdictRespectsItsRange(string printed, int level, bool strict, PlanVerdict expected)
    {
        var target = PlanTarget.Level("pharma output", Y(2017), 300m, Y(2021), level, strict: strict);

        Assert.Equal(expected, target.Evaluate([Outcome(2021, printed)]).Verdict);
    }

    [Fact]
    public void OverOutcome_CompletionIsUnboundedAbove()
    {
        var target = PlanTarget.Level("pharma output", Y(2017), 300m, Y(2021), 700m);
        var evaluation = target.Evaluate([Outcome(2021, "超600")]);

        // Completion (600 − 300) / (700 − 300) = 0.75 as printed; the bound gives no ceiling.
        Assert.Equal(0.75, evaluation.Completion!.Value.Estimate, 1e-12);
        Assert.True(evaluation.Completion.Value.IsUnbounded);
        Assert.Equal(PlanVerdict.Undetermined, evaluation.Verdict);
    }

    [Fact]
    public void ReachedBeforeTheTargetYear_IsMetEarlyMidPlan()
    {
        var target = PlanTarget.Count("listed companies", Y(2017), 52, Y(2021), 60);
        var evaluation = PlanEvaluation.Of(target, [Outcome(2020, "62")], Y(2020), QualifierTolerance.Default);

        Assert.Equal(PlanVerdict.Met, evaluation.Verdict);
        Assert.Equal(Y(2020), evaluation.ReachedIn);
        Assert.Null(evaluation.ReachedAtPaceIn);
    }

    [Fact]
    public void FiveYearPlan_AverageGrowthSevenPercent_MetWithChainedGrowth()
    {
        // A 2021-2025 plan, 规上工业增加值年均增长 7 % from 2020 (index 2020 = 100). Growth at comparable prices as a
        // bulletin prints it each year: +12.4 % (Taizhou's 2021, OUTCOMES.md), then illustrative +4.0, +6.5, +7.2, +6.0.
        // Chained index: 112.4, 116.896, 124.49424, 133.45782528, 141.4652947968 (exact in decimal).
        var target = PlanTarget.AverageGrowth("above-scale value added", Y(2020), 100m, Y(2025), 0.07);
        PlanOutcome[] outcomes =
        [
            new(Y(2021), PublishedValue.Of(112.4m)),
            new(Y(2022), PublishedValue.Of(116.896m)),
            new(Y(2023), PublishedValue.Of(124.49424m)),
            new(Y(2024), PublishedValue.Of(133.45782528m)),
            new(Y(2025), PublishedValue.Of(141.4652947968m)),
        ];

        var final = target.Evaluate(outcomes);

        // Target level 100 × 1.07^5 = 140.255173; achieved (1.414652948)^(1/5) − 1 = 0.0718401 ≥ 0.07: met;
        // attainment 0.0718401 / 0.07 = 1.026286.
        Assert.Equal(140.2551730700, target.TargetLevel, 1e-9);
        Assert.Equal(PlanVerdict.Met, final.Verdict);
        Assert.Equal(0.0718400527, final.AchievedGrowth.GetFraction(), 1e-9);
        Assert.Equal(1.0262864666, final.Attainment!.Value, 1e-9);
        Assert.Equal(Y(2025), final.ReachedIn);

        // As of 2023: 时间进度 3 / 5 = 0.6; completion 24.49424 / 40.2551731 = 0.6084743, ahead by 0.0084743;
        // the last two years need (140.2551731 / 124.49424)^(1/2) − 1 = 0.0614140 a year.
        var mid = PlanEvaluation.Of(target, outcomes, Y(2023), QualifierTolerance.Default);
        Assert.Equal(PlanVerdict.InProgress, mid.Verdict);
        Assert.Equal(0.6, mid.TimeProgress, 1e-12);
        Assert.Equal(0.6084743433, mid.Completion!.Value.Estimate, 1e-9);
        Assert.Equal(0.0084743433, mid.AheadOfTime!.Value.Estimate, 1e-9);
        Assert.Equal(0.0614140083, mid.RequiredPaceForRest!.Value.GetFraction(), 1e-9);
    }

    [Fact]
    public void FromGrowthRates_ChainsTheIndexExactly()
    {
        var index = PlanOutcomes.FromGrowthRates(Y(2020), 100m, [Outcome(2021, "12.4"), Outcome(2022, "4.0"), Outcome(2023, "6.5"), Outcome(2024, "7.2"), Outcome(2025, "6.0")]);

        // 100 × 1.124 × 1.040 × 1.065 × 1.072 × 1.060, by hand in decimal.
        Assert.Equal([112.4m, 116.896m, 124.49424m, 133.45782528m, 141.4652947968m], index.Select(o => o.Value.Value).ToArray());
        Assert.Equal(PlanVerdict.Met, PlanTarget.AverageGrowth("above-scale value added", Y(2020), 100m, Y(2025), 0.07).Evaluate(index).Verdict);
    }

    [Fact]
    public void FromGrowthRates_GapOrQualifiedRate_Throws()
    {
        Assert.Throws<ArgumentException>(() => PlanOutcomes.FromGrowthRates(Y(2020), 100m, [Outcome(2021, "12.4"), Outcome(2023, "6.5")]));
        Assert.Throws<ArgumentException>(() => PlanOutcomes.FromGrowthRates(Y(2020), 100m, [Outcome(2021, "超10")]));
    }

    [Fact]
    public void FallingTarget_EnergyIntensity_MissedByHalfAPoint()
    {
        // 单位GDP能耗 down 13.5 % from 2020 to 2025: index 100 → 86.5; the 2025 outcome 87.0 (illustrative).
        var target = PlanTarget.Level("energy per unit of GDP", Y(2020), 100m, Y(2025), 86.5m, TargetDirection.Down);
        var evaluation = target.Evaluate([new(Y(2025), PublishedValue.Of(87.0m))]);

        // Required (0.865)^(1/5) − 1 = −0.0285885 a year; attainment (100 − 87) / (100 − 86.5) = 13 / 13.5 = 0.962963;
        // shortfall 87.0 − 86.5 = 0.5 (above the ceiling).
        Assert.Equal(PlanVerdict.Missed, evaluation.Verdict);
        Assert.Equal(-0.0285885426, evaluation.RequiredGrowth.GetFraction(), 1e-9);
        Assert.Equal(13.0 / 13.5, evaluation.Attainment!.Value, 1e-12);
        Assert.Equal(0.5, evaluation.Shortfall!.Value, 1e-12);

        var met = target.Evaluate([new(Y(2025), PublishedValue.Of(86.0m))]);
        Assert.Equal(PlanVerdict.Met, met.Verdict);
    }

    [Fact]
    public void ShareTarget_OutcomesInPercent_ComparedAsFractions()
    {
        // 70 % by 2021 from 60 % in 2017; 70.2 printed for 2021 meets it, attainment 0.702 / 0.70 = 1.002857.
        var target = PlanTarget.Share("cluster share", Y(2017), 0.60, Y(2021), 0.70);
        var evaluation = target.Evaluate([new(Y(2021), PublishedValue.Of(70.2m))]);

        Assert.Equal(PlanVerdict.Met, evaluation.Verdict);
        Assert.Equal(0.702 / 0.70, evaluation.Attainment!.Value, 1e-12);
    }

    [Fact]
    public void DoublingTarget_LevelIsBaseTimesTwoToTheN()
    {
        // 翻一番 from 2010 (500) to 2020: level 1000, required 2^(1/10) − 1 = 0.0717735; 2020 outcome 980 misses by 20.
        var target = PlanTarget.From(new DoublingTarget("GDP", Y(2010), 500m, Y(2020), 1.0));
        var evaluation = target.Evaluate([new(Y(2020), PublishedValue.Of(980m))]);

        Assert.Equal(1000.0, target.TargetLevel, 1e-9);
        Assert.Equal(0.0717734625, target.RequiredGrowth.GetFraction(), 1e-9);
        Assert.Equal(PlanVerdict.Missed, evaluation.Verdict);
        Assert.Equal(20.0, evaluation.Shortfall!.Value, 1e-9);
    }

    [Fact]
    public void From_ValueTargetWithoutBase_Throws() =>
        Assert.Throws<ArgumentException>(() => PlanTarget.From(new ValueTarget("x", Y(2021), 5000m), 1000m));

    [Fact]
    public void From_CountTarget_KeepsNameAndPeriods()
    {
        var target = PlanTarget.From(new CountTarget("listed companies", Y(2021), 100, Y(2017)), 52);

        Assert.Equal(PlanTargetKind.Count, target.Kind);
        Assert.Equal(4.0, target.Years);
        Assert.Equal(100.0, target.TargetLevel);
    }

    [Fact]
    public void NonAnnualPeriods_Throw() =>
        Assert.Throws<ArgumentException>(() => PlanTarget.Count("x", ReportingPeriod.Parse("2017Q4"), 52, Y(2021), 100));

    [Fact]
    public void DuplicateOutcomeYears_Throw() =>
        Assert.Throws<ArgumentException>(() => ListedCompanies().Evaluate([Outcome(2021, "66"), Outcome(2021, "67")]));

    [Fact]
    public void Tier2211_NoBaseAndNoOutcome_IsNotEvaluable()
    {
        // "2211": 20 aircraft-carrier firms (output over 100 亿元) by 2021; neither the 2017 count nor a 2021 count
        // was published (OUTCOMES.md).
        var target = PlanTarget.Count("aircraft-carrier firms", Y(2017), null, Y(2021), 20);
        var evaluation = target.Evaluate([]);

        Assert.Null(target.BaseValue);
        Assert.Equal(Taizhou.Metrics.Rates.GrowthUndefinedReason.MissingBase, target.RequiredGrowth.Reason);
        Assert.Equal(PlanVerdict.NotEvaluable, evaluation.Verdict);
        Assert.Equal("no outcome of 'aircraft-carrier firms' for 2021 was published", evaluation.MissingOutcome);
    }

    [Fact]
    public void NoBase_WithAnOutcome_KeepsAttainmentAndVerdict()
    {
        // 14 of 20: attainment 0.7, missed by 6; growth from an unknown base is undefined, not zero.
        var evaluation = PlanTarget.Count("aircraft-carrier firms", Y(2017), null, Y(2021), 20).Evaluate([Outcome(2021, "14")]);

        Assert.Equal(PlanVerdict.Missed, evaluation.Verdict);
        Assert.Equal(0.7, evaluation.Attainment!.Value, 1e-12);
        Assert.Equal(6.0, evaluation.Shortfall!.Value, 1e-12);
        Assert.Equal(Taizhou.Metrics.Rates.GrowthUndefinedReason.MissingBase, evaluation.AchievedGrowth.Reason);
        Assert.Null(evaluation.Completion);
        Assert.Null(evaluation.ReachedAtPaceIn);
    }

    [Fact]
    public void NonPositiveBase_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanTarget.Level("x", Y(2017), 0m, Y(2021), 10m));
}
