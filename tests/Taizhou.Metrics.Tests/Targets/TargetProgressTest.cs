using System;
using NodaTime;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Targets;
using Xunit;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary>
/// Target progress as bulletins print it. Real sentences: a city's key-project report (456150.com.cn,
/// bmpd/jmsfzhggj/zwgk/tjfx/zdxmxxtj/content/post_1584634.html): "年度投资计划647.4亿元。1-10月项目累计完成投资629.0亿元，
/// 占年度投资计划的97.2%，超过时间进度13.8个百分点"; a city's 1—4月 report (imanhei.com/zfsj/sjjd/8413028.html): "省、市级
/// 重点项目…投资完成率分别为43.2%、37.8%，分别超时序进度9.9个百分点、4.5个百分点"; a 2016 report (amzrylc.com, post_1212354):
/// "1-10月，市重点项目完成投资328.4亿元，完成年度计划的85.1%，超均衡进度1.8个百分点". Expected values by hand in the comments.
/// </summary>
public class TargetProgressTest
{
    private static PublishedValue P(decimal value) => PublishedValue.Of(value);

    [Fact]
    public void Completion_KeyProjects_Is97_2Percent()
    {
        // 629.0 / 647.4 = 0.9715786; smallest 628.95 / 647.45 = 0.9714264, largest 629.05 / 647.35 = 0.9717309
        var completion = TargetProgress.Completion(P(629.0m), P(647.4m));

        Assert.Equal(0.9715786, completion.Estimate, 7);
        Assert.Equal(628.95 / 647.45, completion.Bounds.Lower, 12);
        Assert.Equal(629.05 / 647.35, completion.Bounds.Upper, 12);
        Assert.False(FigureCheck.OfPercent(P(97.2m), completion).IsBroken);
    }

    [Fact]
    public void AheadOfTime_KeyProjectsByMonths_MeetsThePrinted13_8()
    {
        // 0.9715786 − 10/12 = 0.1382453, within [0.9714264 − 0.8333333, 0.9717309 − 0.8333333] = [0.1380930, 0.1383976]:
        // 13.81 to 13.84 points, which the printed 13.8 ([13.75, 13.85]) meets
        var completion = TargetProgress.Completion(P(629.0m), P(647.4m));
        var ahead = TargetProgress.AheadOfTime(completion, TimeProgress.ByMonths(10));

        Assert.Equal(0.1382453, ahead.Estimate, 7);
        Assert.Equal(0.1380930, ahead.Bounds.Lower, 7);
        Assert.Equal(0.1383976, ahead.Bounds.Upper, 7);
        Assert.False(FigureCheck.OfPercent(P(13.8m), ahead).IsBroken);
        Assert.False(TargetProgress.CheckAheadOfTime(P(97.2m), TimeProgress.ByMonths(10), P(13.8m)).IsBroken);
    }

    [Fact]
    public void AheadOfTime_KeyProjectsByDaysOfACommonYear_WouldHavePrinted13_9()
    {
        // By days to 31 October of a common year, 304 / 365 = 0.8328767: the lead is [0.1385497, 0.1388542], 13.855 to
        // 13.885 points, which misses the printed 13.8 ([13.75, 13.85]) by 0.0050: the bureau counted months.
        var completion = TargetProgress.Completion(P(629.0m), P(647.4m));
        var ahead = TargetProgress.AheadOfTime(completion, TimeProgress.ByDays(new LocalDate(2023, 10, 31)));

        Assert.Equal(0.1387019, ahead.Estimate, 7);
        var check = FigureCheck.OfPercent(P(13.8m), ahead);
        Assert.True(check.IsBroken);
        Assert.Equal(0.00497, check.Break, 5);
    }

    [Theory]
    [InlineData("43.2", 4, "9.9")]    // 43.2 − 33.333 = 9.867, [9.817, 9.917]
    [InlineData("37.8", 4, "4.5")]    // 37.8 − 33.333 = 4.467, [4.417, 4.517]
    [InlineData("85.1", 10, "1.8")]   // 85.1 − 83.333 = 1.767, [1.717, 1.817]
    [InlineData("97.2", 10, "13.8")]  // 97.2 − 83.333 = 13.867, [13.817, 13.917]
    public void CheckAheadOfTime_BulletinSentences_AreConsistent(string completion, int months, string printed)
    {
        var check = TargetProgress.CheckAheadOfTime(PublishedValue.Parse(completion), TimeProgress.ByMonths(months), PublishedValue.Parse(printed));

        Assert.False(check.IsBroken);
    }

    [Fact]
    public void AheadOfTime_PrintedCompletion_HasBoundsFromItsRounding()
    {
        // 43.2 % after four months: 0.432 − 1/3 = 0.0986667 within [0.4315 − 1/3, 0.4325 − 1/3] = [0.0981667, 0.0991667]
        var ahead = TargetProgress.AheadOfTime(P(43.2m), TimeProgress.ByMonths(4));

        Assert.Equal(0.432 - (1.0 / 3.0), ahead.Estimate, 12);
        Assert.Equal(0.4315 - (1.0 / 3.0), ahead.Bounds.Lower, 12);
        Assert.Equal(0.4325 - (1.0 / 3.0), ahead.Bounds.Upper, 12);
    }

    [Fact]
    public void AheadOfTime_BehindSchedule_IsNegative()
    {
        // Hand-made: "完成全年目标的45.0%，落后时间进度5.0个百分点" after six months: 0.450 − 0.5 = −0.05, [−0.0505, −0.0495]
        var ahead = TargetProgress.AheadOfTime(P(45.0m), TimeProgress.ByMonths(6));

        Assert.Equal(-0.05, ahead.Estimate, 12);
        Assert.Equal(-0.0505, ahead.Bounds.Lower, 12);
        Assert.Equal(-0.0495, ahead.Bounds.Upper, 12);
        Assert.False(TargetProgress.CheckAheadOfTime(P(45.0m), 0.5, P(-5.0m)).IsBroken);
        Assert.True(TargetProgress.CheckAheadOfTime(P(45.0m), 0.5, P(5.0m)).IsBroken);
    }

    [Fact]
    public void AheadOfTime_OnLeapDay2024_UsesA366DayYear()
    {
        // Hand-made: 18.0 % done by 2024-02-29: 18.0 − 60/366 × 100 = 18.0 − 16.3934 = 1.6066 points, [1.5566, 1.6566]
        var ahead = TargetProgress.AheadOfTime(P(18.0m), TimeProgress.ByDays(new LocalDate(2024, 2, 29)));

        Assert.Equal(0.016066, ahead.Estimate, 6);
        Assert.Equal(0.1795 - (60.0 / 366.0), ahead.Bounds.Lower, 12);
        Assert.Equal(0.1805 - (60.0 / 366.0), ahead.Bounds.Upper, 12);
    }

    [Fact]
    public void Completion_ExactTarget_TakesOnlyTheActualsRounding()
    {
        // 2500.0 of an exact 5000: 0.5 within [2499.95 / 5000, 2500.05 / 5000] = [0.49999, 0.50001]
        var completion = TargetProgress.Completion(P(2500.0m), 5000m);

        Assert.Equal(0.5, completion.Estimate);
        Assert.Equal(0.49999, completion.Bounds.Lower, 12);
        Assert.Equal(0.50001, completion.Bounds.Upper, 12);
    }

    [Fact]
    public void Completion_NegativeActual_IsANegativeShare()
    {
        // A loss of −50.0 against a target of 1000.0: −0.05, within [−50.05 / 999.95, −49.95 / 1000.05]
        var completion = TargetProgress.Completion(P(-50.0m), P(1000.0m));

        Assert.Equal(-0.05, completion.Estimate, 12);
        Assert.Equal(-50.05 / 999.95, completion.Bounds.Lower, 12);
        Assert.Equal(-49.95 / 1000.05, completion.Bounds.Upper, 12);
    }

    [Fact]
    public void Completion_ZeroOrNegativeTarget_ThrowsNamingTheTarget()
    {
        Assert.Equal("annualTarget", Assert.Throws<ArgumentOutOfRangeException>(() => TargetProgress.Completion(P(10.0m), P(0.0m))).ParamName);
        Assert.Equal("annualTarget", Assert.Throws<ArgumentOutOfRangeException>(() => TargetProgress.Completion(P(10.0m), P(-100.0m))).ParamName);
        Assert.Equal("annualTarget", Assert.Throws<ArgumentOutOfRangeException>(() => TargetProgress.Completion(P(10.0m), 0m)).ParamName);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void AheadOfTime_TimeProgressOutsideTheYear_ThrowsNamingIt(double timeProgress) =>
        Assert.Equal("timeProgress", Assert.Throws<ArgumentOutOfRangeException>(() => TargetProgress.AheadOfTime(P(43.2m), timeProgress)).ParamName);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AheadOfTime_CompletionAtTheEdgeOfDecimal_StaysFinite_DoesNotOverflow(bool negative)
    {
        // 7.9e28 % (a figure no bulletin prints, but one a program can pass): the rounding box stops at decimal's edge,
        // as PublishedValue.Bounds does, instead of throwing OverflowException from value ± half unit.
        var edge = P(negative ? decimal.MinValue : decimal.MaxValue);

        var ahead = TargetProgress.AheadOfTime(edge, 0.5);

        Assert.True(double.IsFinite(ahead.Estimate));
        Assert.True(ahead.TryGetBounds(out var bounds));
        Assert.Equal((double)(edge.Value / 100m) - 0.5, bounds.Lower, 1e15);
        Assert.True(bounds.Lower <= ahead.Estimate && ahead.Estimate <= bounds.Upper);
    }
}
