using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Fuzz;
using Taizhou.Metrics.Periods;
using Xunit;

namespace Taizhou.Metrics.Tests.Fuzz;

/// <summary>
/// Bounded random-input tests of <see cref="ReportingPeriod.Parse"/> and <see cref="ReportingPeriod.TryParse"/>: every
/// period formats and parses back to itself in both notations (the extreme years 1 and 9999 among them), and any text —
/// random, or a valid period with a few characters edited — either parses to a period that round-trips, or is refused:
/// <c>TryParse</c> returns false and <c>Parse</c> throws <see cref="FormatException"/> quoting the text. Nothing else
/// may escape. Seeds are fixed, so a failure names an input that fails on every run.
/// </summary>
public class ReportingPeriodFuzzTest
{
    private const string PeriodAlphabet = "0123456789０１２３４５６７８９-－—~.．/QqHh年月季度第上下半全累計计合一二三四五 \u3000";

    [Fact]
    public void EveryPeriod_FormatsAndParsesBackToItself_InBothNotations()
    {
        var random = new Random(20260101);
        int[] years = [ReportingPeriod.MinYear, 2, 9, 10, 99, 100, 999, 1000, 1999, 2018, 9998, ReportingPeriod.MaxYear, .. Enumerable.Range(0, 200).Select(_ => random.Next(1, 10000))];
        int checkedCount = 0;
        foreach (int year in years)
        {
            foreach (var period in AllPeriods(year))
            {
                foreach (var notation in Enum.GetValues<PeriodNotation>())
                {
                    string text = period.ToString(notation);
                    Assert.True(ReportingPeriod.TryParse(text, out var back), $"{period} in {notation} notation, '{text}', does not parse");
                    Assert.Equal(period, back);
                    Assert.Equal(text, back.ToString(notation));
                    checkedCount++;
                }
            }
        }

        // 12 months, 4 quarters, 2 halves, the year, 12 year-to-dates and 66 spans of two or more months, in 3 notations
        // (ISO, Chinese in Simplified, Chinese in Traditional).
        Assert.Equal(years.Length * 97 * 3, checkedCount);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AlmostValidText_ParsesToARoundTrippingPeriod_OrThrowsFormatException(int seed)
    {
        var m = new Mutator(seed);
        var periods = AllPeriods(2018).Concat(AllPeriods(ReportingPeriod.MinYear)).Concat(AllPeriods(ReportingPeriod.MaxYear)).ToArray();
        int parsed = 0;
        for (int i = 0; i < 6000; i++)
        {
            string valid = m.Pick(periods).ToString(m.Pick(Enum.GetValues<PeriodNotation>()));
            string text = m.Random.Next(5) == 0 ? m.RandomText(PeriodAlphabet, 16) : m.MutateWord(valid, PeriodAlphabet);
            parsed += Check(text) ? 1 : 0;
        }

        // Some edits leave a period (a space added, a full-width digit): the parsing branch is exercised too.
        Assert.InRange(parsed, 100, 5900);
    }

    [Fact]
    public void Null_IsRefusedByTryParse_AndParseThrowsArgumentNullException()
    {
        Assert.False(ReportingPeriod.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => ReportingPeriod.Parse(null!));
    }

    /// <summary>Checks the oracle on one text; returns whether it is a period.</summary>
    private static bool Check(string text)
    {
        bool ok;
        ReportingPeriod period;
        try
        {
            ok = ReportingPeriod.TryParse(text, out period);
        }
        catch (Exception ex)
        {
            Assert.Fail($"TryParse('{Mutator.Show(text)}') threw {ex.GetType().Name}: {ex.Message}");
            throw;
        }

        if (!ok)
        {
            var error = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
            Assert.Contains(Taizhou.Metrics.Text.CellText.Quote(text), error.Message, StringComparison.Ordinal);   // quoted cut and escaped
            return false;
        }

        Assert.Equal(period, ReportingPeriod.Parse(text));
        Assert.InRange(period.Year, ReportingPeriod.MinYear, ReportingPeriod.MaxYear);
        Assert.InRange(period.StartMonth, 1, period.EndMonth);
        Assert.InRange(period.EndMonth, period.StartMonth, 12);
        foreach (var notation in Enum.GetValues<PeriodNotation>())
        {
            Assert.True(period == ReportingPeriod.Parse(period.ToString(notation)), $"'{Mutator.Show(text)}' parses to {period}, which does not round-trip in {notation} notation");
        }

        return true;
    }

    private static IEnumerable<ReportingPeriod> AllPeriods(int year)
    {
        for (int month = 1; month <= 12; month++)
        {
            yield return ReportingPeriod.Month(year, month);
            yield return ReportingPeriod.YearToDate(year, month);
        }

        for (int quarter = 1; quarter <= 4; quarter++)
        {
            yield return ReportingPeriod.Quarter(year, quarter);
        }

        yield return ReportingPeriod.Half(year, 1);
        yield return ReportingPeriod.Half(year, 2);
        yield return ReportingPeriod.CalendarYear(year);
        for (int start = 1; start < 12; start++)
        {
            for (int end = start + 1; end <= 12; end++)
            {
                yield return ReportingPeriod.MonthSpan(year, start, end);
            }
        }
    }
}
