using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests;

/// <summary>
/// The one culture rule for every public formattable type (README, "Conventions"): figures print with a decimal point
/// and ASCII signs in every culture and with every format provider — <c>ToString()</c>, <c>$"{x}"</c>, a culture passed
/// explicitly and <c>Console.WriteLine(x)</c>, which passes the current culture, all give the same text. Each check runs with the
/// current culture set to Turkish, German, Arabic (Saudi Arabia) and Chinese, whose decimal separators, signs and
/// casing differ from the invariant culture's.
/// </summary>
public class CultureTest
{
    public static TheoryData<string> Cultures => ["tr-TR", "de-DE", "ar-SA", "zh-CN"];

    // One sample per public IFormattable type, with a negative figure and decimals where the type has a number, and the
    // format and invariant text expected of it.
    private static readonly Dictionary<Type, (IFormattable Sample, string Format, string Invariant)> Samples = new()
    {
        [typeof(GrowthRate)] = (GrowthRate.FromFraction(-0.01265), "2", "-1.27%"),
        [typeof(PublishedValue)] = (PublishedValue.Of(-1042.27m), "", "-1042.27"),
        [typeof(Amount)] = (Amount.FromYiYuan(-1042.275m), "F2", "-1042.28 亿元"),
        [typeof(Interval)] = (Interval.Between(-4.035, 11.185), "F2", "[-4.04, 11.19]"),
        [typeof(ReportingPeriod)] = (ReportingPeriod.YearToDate(2018, 6), "C", "2018年1-6月"),
    };

    [Fact]
    public void EveryPublicFormattableType_HasASample()
    {
        // A formattable type added later must join the samples, and so the culture rule's tests.
        var formattable = typeof(ReportingPeriod).Assembly.GetExportedTypes()
            .Where(t => !t.IsEnum && typeof(IFormattable).IsAssignableFrom(t))
            .ToList();
        Assert.NotEmpty(formattable);
        var missing = formattable.Where(t => !Samples.ContainsKey(t)).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "Formattable types without a culture sample: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryProvider_GivesTheInvariantText(string culture)
    {
        var c = CultureInfo.GetCultureInfo(culture);
        InCulture(culture, () =>
        {
            foreach (var (type, (sample, format, invariant)) in Samples)
            {
                // What ToString() means for each type: one decimal, round-trip bounds, the value as held, ISO period.
                string? defaultFormat = type == typeof(GrowthRate) ? "1" : type == typeof(Interval) ? "R" : type == typeof(ReportingPeriod) ? "I" : null;
                Assert.Equal(sample.ToString(defaultFormat, CultureInfo.InvariantCulture), sample.ToString());
                Assert.Equal(invariant, sample.ToString(format, null));
                Assert.Equal(invariant, sample.ToString(format, CultureInfo.InvariantCulture));
                Assert.Equal(sample.ToString(), $"{sample}");
                Assert.Equal(sample.ToString(), string.Format(null, "{0}", sample));

                // A culture passed explicitly, and a writer in the culture (what Console.WriteLine(x) does), change nothing.
                Assert.Equal(invariant, sample.ToString(format, c));
                Assert.Equal(invariant, sample.ToString(format, CultureInfo.CurrentCulture));
                using var writer = new System.IO.StringWriter(c);
                writer.Write(sample);
                Assert.Equal(sample.ToString(), writer.ToString());
            }
        });
    }

    [Fact]
    public void GermanCulture_WouldChangeTheRuntimesText_ButNotTheLibrarys()
    {
        // Guards the test above against a machine without culture data (invariant globalization mode), where every
        // culture would format like the invariant one and the test would pass vacuously.
        Assert.Equal("-0,01", (-0.01).ToString(CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal(",", CultureInfo.GetCultureInfo("tr-TR").NumberFormat.NumberDecimalSeparator);
        Assert.Equal("-1.27%", GrowthRate.FromFraction(-0.01265).ToString("2", CultureInfo.GetCultureInfo("de-DE")));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ReadmeQuickStart_GrowthText_IsInvariant(string culture) =>
        InCulture(culture, () =>
        {
            // README: Console.WriteLine($"… 同比 {yoy} …") printed "+26,7%" under de-DE before the rule.
            GrowthRate yoy = Growth.Rate(1042.27m, 822.63m);
            Assert.Equal("+26.7%", $"{yoy}");
            Assert.Equal("10422700.00 万元", $"{Amount.FromYiYuan(1042.27m).In(MetricUnit.WanYuan)}");

            // Console.WriteLine(amount) passes the current culture: it printed "10422700,00 萬元" under de-DE.
            using var console = new System.IO.StringWriter(CultureInfo.CurrentCulture);
            console.Write(Amount.FromYiYuan(1042.27m).In(MetricUnit.WanYuan));
            Assert.Equal("10422700.00 万元", console.ToString());
            Assert.Equal("undefined (zero base)", $"{Growth.Rate(10m, 0m)}");
        });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Parsing_IsTheSameInEveryCulture(string culture) =>
        InCulture(culture, () =>
        {
            // tr-TR upper-cases "i" to "İ"; de-DE and tr-TR read "1.5" as fifteen; ar-SA has its own separator.
            Assert.Equal(PublishedValue.Of(1042.27m), PublishedValue.Parse("1042.27"));
            Assert.Equal(PublishedValue.Of(-0.5m), PublishedValue.Parse("-0.5"));
            Assert.False(PublishedValue.TryParse("1042,27", out _));
            Assert.Equal(MetricUnit.YiYuan, MetricUnit.Parse("yi"));
            Assert.Equal(MetricUnit.Index, MetricUnit.Parse("index"));
            Assert.Equal(MetricUnit.Index, MetricUnit.Parse("INDEX"));
            Assert.Equal(MetricUnit.Count, MetricUnit.Parse("count"));
            Assert.Equal(ReportingPeriod.YearToDate(2018, 6), ReportingPeriod.Parse("2018年1-6月"));
            Assert.Equal(ReportingPeriod.Quarter(2018, 2), ReportingPeriod.Parse("2018q2"));
            Assert.Equal(ReportingPeriod.Half(2018, 1), ReportingPeriod.Parse("2018-h1"));
            Assert.Equal("3670", IndustryCode.Parse("C3670").Code);
            Assert.Equal("2018-01..06", ReportingPeriod.YearToDate(2018, 6).ToString());
        });

    [Theory]
    [MemberData(nameof(Cultures))]
    public void LibraryToStrings_PrintInvariantNumbers(string culture)
    {
        string expected = InCulture(CultureInfo.InvariantCulture.Name, () => Texts());
        string actual = InCulture(culture, () => Texts());
        Assert.Equal(expected, actual);
        Assert.Contains("1042.27", actual, StringComparison.Ordinal);
        Assert.Contains("-3.5", actual, StringComparison.Ordinal);
        Assert.Contains("breaks by 7.23", actual, StringComparison.Ordinal);

        static string Texts() => string.Join(
            "\n",
            Observation.Of(ReportingPeriod.Month(2018, 6), -3.5m).ToString(),
            new FlowDiscrepancy(ReportingPeriod.Month(2021, 3), 7113.7m, 7111.8m).ToString(),
            new BoundedEstimate(1042.27, Interval.Between(1042.265, 1042.275)).ToString(),
            new BoundedEstimate(1042.27, Interval.Between(1042.265, 1042.275)).ToString("F2"),
            Display.Representatives.Monthly().ToTextTable(),
            Display.Representatives.Breakdown().ToTextTable(),
            Display.Representatives.Breakdown().ToMarkdown(),
            Metrics.Targets.Project.LogLinear(Display.Representatives.Annual(), ReportingPeriod.CalendarYear(2021)).ToTextTable(),
            BrokenCheck());

        // A printed growth of 12.5 % where the levels give 20 %: the lowest growth the rounded levels allow is
        // 599.5 / 500.5 − 1 = 19.780 %, 7.230 points above the printed figure's 12.55, so the finding "breaks by 7.23";
        // a nested interpolated string formatted that in the current culture ("7,23" in German).
        static string BrokenCheck() => string.Join("\n", Metrics.Structure.Breakdown.Check(
            [new Metrics.Structure.BreakdownRow("汽车", PublishedValue.Of(600m), PublishedValue.Of(500m), PublishedValue.Of(12.5m))],
            null).Findings);
    }

    private static void InCulture(string culture, Action action) => InCulture(culture, () =>
    {
        action();
        return 0;
    });

    private static T InCulture<T>(string culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
