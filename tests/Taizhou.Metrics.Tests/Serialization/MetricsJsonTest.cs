using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Serialization;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Serialization;

/// <summary>
/// JSON of the core types: the exact text of each shape (written by hand from docs/json.md, "The library's JSON"),
/// round trips (serialize, deserialize, equal), and the errors of documents of the wrong shape.
/// </summary>
public partial class MetricsJsonTest
{
    private static string Json<T>(T value) => JsonSerializer.Serialize(value, MetricsJson.Options);

    private static T Back<T>(string json) => JsonSerializer.Deserialize<T>(json, MetricsJson.Options)!;

    [Theory]
    [InlineData(2018, 6, "\"2018-01..06\"")]
    [InlineData(2018, 1, "\"2018-01..01\"")]
    [InlineData(2018, 12, "\"2018-01..12\"")]
    public void ReportingPeriod_YearToDate_IsItsIsoText(int year, int month, string expected)
    {
        var period = ReportingPeriod.YearToDate(year, month);

        Assert.Equal(expected, Json(period));
        Assert.Equal(period, Back<ReportingPeriod>(expected));
    }

    [Fact]
    public void ReportingPeriod_EveryKind_RoundTrips()
    {
        ReportingPeriod[] periods =
        [
            ReportingPeriod.Month(2018, 6),
            ReportingPeriod.Quarter(2018, 2),
            ReportingPeriod.Half(2018, 1),
            ReportingPeriod.CalendarYear(2018),
            ReportingPeriod.YearToDate(2018, 6),
            ReportingPeriod.JanuaryFebruary(2018),
            ReportingPeriod.MonthSpan(2018, 3, 4),
        ];
        string[] expected = ["\"2018-06\"", "\"2018Q2\"", "\"2018H1\"", "\"2018\"", "\"2018-01..06\"", "\"2018-01/02\"", "\"2018-03/04\""];

        for (int i = 0; i < periods.Length; i++)
        {
            Assert.Equal(expected[i], Json(periods[i]));
            Assert.Equal(periods[i], Back<ReportingPeriod>(Json(periods[i])));
        }
    }

    [Fact]
    public void ReportingPeriod_ChineseNotation_ReadsBack()
    {
        Assert.Equal(ReportingPeriod.YearToDate(2018, 6), Back<ReportingPeriod>("\"2018年1-6月\""));
    }

    [Fact]
    public void ReportingPeriod_DefaultOptions_UseTheConverter()
    {
        // Before the converters, System.Text.Json wrote the struct's properties and could not read it back.
        Assert.Equal("\"2018-01..06\"", JsonSerializer.Serialize(ReportingPeriod.YearToDate(2018, 6)));
        Assert.Equal(ReportingPeriod.YearToDate(2018, 6), JsonSerializer.Deserialize<ReportingPeriod>("\"2018-01..06\""));
    }

    [Fact]
    public void DefaultOptions_SeriesAndUndefinedRate_Serialize()
    {
        // Before the converters, System.Text.Json threw on these: an undefined rate's Value getter throws, and a
        // series exposes getters it cannot write.
        var series = TimeSeries.Create(SeriesKind.Flow, MetricUnit.WanYuan, [Observation.Of(ReportingPeriod.CalendarYear(2018), 5m)]);

        Assert.Equal("{\"fraction\":null,\"undefined\":\"ZeroBase\"}", JsonSerializer.Serialize(GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase)));
        Assert.Equal("{\"name\":null,\"kind\":\"flow\",\"unit\":\"wan\",\"observations\":[{\"period\":\"2018\",\"value\":5}]}", JsonSerializer.Serialize(series));
    }

    [Fact]
    public void ReportingPeriod_AsDictionaryKey_IsItsIsoText()
    {
        var values = new Dictionary<ReportingPeriod, decimal> { [ReportingPeriod.Month(2018, 6)] = 1042.27m };

        string json = JsonSerializer.Serialize(values);

        Assert.Equal("{\"2018-06\":1042.27}", json);
        Assert.Equal(values, JsonSerializer.Deserialize<Dictionary<ReportingPeriod, decimal>>(json));
    }

    [Fact]
    public void ReportingPeriod_NotAPeriod_IsAJsonExceptionQuotingIt()
    {
        var e = Assert.Throws<JsonException>(() => Back<ReportingPeriod>("\"2018-13\""));
        Assert.Contains("'2018-13'", e.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => Back<ReportingPeriod>("201806"));
    }

    [Fact]
    public void MetricUnit_IsItsCode()
    {
        Assert.Equal("\"yi\"", Json(MetricUnit.YiYuan));
        Assert.Equal(MetricUnit.WanYuan, Back<MetricUnit>("\"wan\""));
        Assert.Equal(MetricUnit.YiYuan, Back<MetricUnit>("\"亿元\""));
        Assert.Throws<JsonException>(() => Back<MetricUnit>("\"dollars\""));
    }

    [Fact]
    public void Amount_IsValueAndUnit()
    {
        var amount = Amount.FromYiYuan(1042.27m);

        Assert.Equal("{\"value\":1042.27,\"unit\":\"yi\"}", Json(amount));
        Assert.Equal(amount, Back<Amount>("{\"value\":1042.27,\"unit\":\"yi\"}"));
    }

    [Fact]
    public void Amount_KeepsTheDigitsAsHeld()
    {
        // 1042.270 has scale 3: the decimal is written and read back with its trailing zero, not as 1042.27.
        var amount = Amount.FromWanYuan(1042.270m);

        string json = Json(amount);

        Assert.Equal("{\"value\":1042.270,\"unit\":\"wan\"}", json);
        Assert.Equal("1042.270", Back<Amount>(json).Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("{\"value\":5,\"unit\":\"count\"}", "money unit")]
    [InlineData("{\"unit\":\"yi\"}", "'value'")]
    [InlineData("{\"value\":5}", "'unit'")]
    [InlineData("{\"value\":\"5\",\"unit\":\"yi\"}", "'value'")]
    [InlineData("{\"value\":1e30,\"unit\":\"yi\"}", "7.9e28")]
    public void Amount_WrongShape_IsAJsonExceptionSayingWhat(string json, string expected)
    {
        var e = Assert.Throws<JsonException>(() => Back<Amount>(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GrowthRate_Defined_IsItsFraction()
    {
        Assert.Equal("{\"fraction\":0.267}", Json(GrowthRate.FromFraction(0.267)));
        Assert.Equal(GrowthRate.FromFraction(0.267), Back<GrowthRate>("{\"fraction\":0.267}"));
    }

    [Theory]
    [InlineData(GrowthUndefinedReason.ZeroBase)]
    [InlineData(GrowthUndefinedReason.NegativeBase)]
    [InlineData(GrowthUndefinedReason.MissingCurrent)]
    [InlineData(GrowthUndefinedReason.MissingBase)]
    [InlineData(GrowthUndefinedReason.NonPositiveEnd)]
    public void GrowthRate_Undefined_IsNullWithItsReason(GrowthUndefinedReason reason)
    {
        var rate = GrowthRate.Undefined(reason);
        string expected = "{\"fraction\":null,\"undefined\":\"" + reason + "\"}";

        Assert.Equal(expected, Json(rate));
        Assert.Equal(rate, Back<GrowthRate>(expected));
    }

    [Fact]
    public void GrowthRate_BareNumber_ReadsAsDefined()
    {
        Assert.Equal(GrowthRate.FromFraction(-0.05), Back<GrowthRate>("-0.05"));
    }

    [Fact]
    public void GrowthRate_Nullable_NullIsNoRate()
    {
        Assert.Equal("null", Json<GrowthRate?>(null));
        Assert.Null(Back<GrowthRate?>("null"));
        Assert.Equal(GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase), Back<GrowthRate?>("{\"fraction\":null,\"undefined\":\"ZeroBase\"}"));
    }

    [Theory]
    [InlineData("{\"fraction\":null}")]
    [InlineData("{}")]
    [InlineData("{\"fraction\":0.1,\"undefined\":\"ZeroBase\"}")]
    [InlineData("{\"fraction\":null,\"undefined\":\"None\"}")]
    [InlineData("{\"fraction\":null,\"undefined\":\"1\"}")]
    [InlineData("{\"fraction\":null,\"undefined\":\"zero base\"}")]
    [InlineData("{\"fraction\":null,\"undefined\":\"ZeroBase, NegativeBase\"}")]
    [InlineData("{\"fraction\":null,\"undefined\":\" ZeroBase\"}")]
    [InlineData("{\"fraction\":null,\"undefined\":\"zerobase\"}")]
    [InlineData("{\"fraction\":\"NaN\"}")]
    [InlineData("\"0.1\"")]
    public void GrowthRate_WrongShape_IsAJsonException(string json)
    {
        Assert.Throws<JsonException>(() => Back<GrowthRate>(json));
    }

    [Fact]
    public void GrowthRate_NaNLiteralAllowedByTheOptions_IsStillRefused()
    {
        // Options that allow "NaN" as a number do not let one into a rate: the converter reads JSON numbers only.
        var options = new JsonSerializerOptions(MetricsJson.Options) { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<GrowthRate>("{\"fraction\":\"NaN\"}", options));
    }

    [Fact]
    public void GrowthRate_WriteProperty_FlattensTheReasonIntoASibling()
    {
        string json = Write(w =>
        {
            w.WriteStartObject();
            GrowthRateJsonConverter.WriteProperty(w, "growth", GrowthRate.FromFraction(0.267));
            GrowthRateJsonConverter.WriteProperty(w, "real_growth", GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase));
            w.WriteEndObject();
        });

        Assert.Equal("{\"growth\":0.267,\"real_growth\":null,\"real_growth_undefined\":\"ZeroBase\"}", json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(GrowthRate.FromFraction(0.267), GrowthRateJsonConverter.ReadProperty(document.RootElement, "growth"));
        Assert.Equal(GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase), GrowthRateJsonConverter.ReadProperty(document.RootElement, "real_growth"));
        Assert.Null(GrowthRateJsonConverter.ReadProperty(document.RootElement, "absent"));
    }

    [Fact]
    public void Interval_IsLowerAndUpper()
    {
        var interval = Interval.Between(822.3, 822.96);

        Assert.Equal("[822.3,822.96]", Json(interval));
        Assert.Equal(interval, Back<Interval>("[822.3,822.96]"));
        Assert.Throws<JsonException>(() => Back<Interval>("[2,1]"));
        Assert.Throws<JsonException>(() => Back<Interval>("[1]"));
    }

    [Fact]
    public void Observation_WithValueAndMissing()
    {
        var present = Observation.Of(ReportingPeriod.Month(2018, 6), 1042.27m);
        var missing = Observation.Missing(ReportingPeriod.Month(2018, 7));

        Assert.Equal("{\"period\":\"2018-06\",\"value\":1042.27}", Json(present));
        Assert.Equal("{\"period\":\"2018-07\",\"value\":null}", Json(missing));
        Assert.Equal(present, Back<Observation>(Json(present)));
        Assert.Equal(missing, Back<Observation>(Json(missing)));
        Assert.Equal(missing, Back<Observation>("{\"period\":\"2018-07\"}"));
    }

    [Fact]
    public void NonFiniteDouble_NeverReachesTheWriter()
    {
        foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var e = Assert.Throws<InvalidOperationException>(() => Write(w =>
            {
                w.WriteStartObject();
                JsonValues.Number(w, "share", bad);
                w.WriteEndObject();
            }));
            Assert.Contains("'share'", e.Message, StringComparison.Ordinal);
            Assert.Contains(bad.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Options_AreReadOnlyAndResolveThroughTheContext()
    {
        Assert.True(MetricsJson.Options.IsReadOnly);
        Assert.Same(MetricsJson.Context, MetricsJson.Options.TypeInfoResolver);
        Assert.Throws<InvalidOperationException>(() => MetricsJson.Options.WriteIndented = true);
    }

    [Fact]
    public void Context_WritesWhatTheOptionsWrite()
    {
        // The source-generated path (no reflection) gives the same text as the options.
        var series = Sample();

        Assert.Equal(Json(series), JsonSerializer.Serialize(series, MetricsJson.Context.TimeSeries));
        Assert.Equal(Json(ReportingPeriod.Quarter(2018, 2)), JsonSerializer.Serialize(ReportingPeriod.Quarter(2018, 2), MetricsJson.Context.ReportingPeriod));

        // The default context has the default encoder: the same document, with the Chinese name escaped.
        string escaped = JsonSerializer.Serialize(series, MetricsJsonContext.Default.TimeSeries);
        Assert.Contains("\\u89C4\\u4E0A", escaped, StringComparison.Ordinal);
        Assert.Equal(series.Observations, JsonSerializer.Deserialize(escaped, MetricsJson.Context.TimeSeries)!.Observations);
        Assert.Equal("规上工业产值", JsonSerializer.Deserialize(escaped, MetricsJson.Context.TimeSeries)!.Name);
    }

    internal static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static TimeSeries Sample() => TimeSeries.Create(
        SeriesKind.Cumulative,
        MetricUnit.YiYuan,
        [
            Observation.Of(ReportingPeriod.YearToDate(2018, 1), 160.5m),
            Observation.Missing(ReportingPeriod.YearToDate(2018, 2)),
            Observation.Of(ReportingPeriod.YearToDate(2018, 3), 520.25m),
        ],
        "规上工业产值");
}
