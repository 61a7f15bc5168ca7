using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Samples;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Display;

/// <summary>
/// The notebook display, checked without .NET Interactive: found the way .NET Interactive finds it (an attribute named
/// <c>TypeFormatterSourceAttribute</c>, read by reflection, a source with <c>CreateTypeFormatters()</c>, formatters
/// with <c>MimeType</c>, <c>Type</c> and <c>Format(object, TextWriter)</c>), writing well-formed, escaped HTML with no script.
/// </summary>
public class NotebookHtmlTest
{
    public static TheoryData<string> DisplayedTypes => ["TimeSeries", "BreakdownAnalysis", "Projection", "TableCheck", "TaizhouReport", "ClusterLeaders", "ClusterConcentration", "TierPipeline", "TierRuleSet", "ClusterMap", "GrowthRate"];

    [Theory]
    [MemberData(nameof(DisplayedTypes))]
    public void DisplayedType_HasAConventionFormatter_ForHtmlAndPlainText(string name)
    {
        var (type, value) = Sample(name);
        Assert.Equal(["text/html"], PreferredMimeTypes(type) ?? []);
        Assert.Equal(value.ToString(), Invoke(type, value, "text/plain").Split('\n')[0]);

        string html = Invoke(type, value, "text/html");
        var root = XElement.Parse(html); // well-formed, or this throws
        Assert.Contains(root.Name.LocalName, new[] { "table", "span" });
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void BreakdownHtml_EscapesNamesFromTheUsersFile()
    {
        // A part's name comes from the user's table: markup in it must show as text, never run.
        var analysis = Breakdown.Analyse(
        [
            new BreakdownRow("<script>alert('x')</script> & \"co\"", PublishedValue.Of(30m), previous: PublishedValue.Of(20m)),
            new BreakdownRow("B", PublishedValue.Of(95m), previous: PublishedValue.Of(80m)),
        ]);

        string html = Invoke(typeof(BreakdownAnalysis), analysis, "text/html");

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;</td>", html, StringComparison.Ordinal);
        var table = XElement.Parse(html);
        Assert.Equal("<script>alert('x')</script> & \"co\"", table.Element("tbody")!.Elements("tr").First().Elements("td").First().Value);
    }

    [Fact]
    public void TimeSeriesHtml_HasTheCaptionHeaderAndOneRowPerObservation()
    {
        var series = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [ReportingPeriod.Month(2018, 1), ReportingPeriod.Month(2018, 2)], [1.5m, null], "output");

        var table = XElement.Parse(Invoke(typeof(TimeSeries), series, "text/html"));

        Assert.Equal(series.ToString(), table.Element("caption")!.Value);
        Assert.Equal(["period", "value"], table.Element("thead")!.Element("tr")!.Elements("th").Select(e => e.Value));
        Assert.Equal(
            ["2018-01|1.5", "2018-02|missing"],
            table.Element("tbody")!.Elements("tr").Select(tr => string.Join("|", tr.Elements("td").Select(td => td.Value))));
    }

    [Fact]
    public void Formatter_DeclinesAValueOfAnotherType()
    {
        // .NET Interactive then falls back to its own display.
        using var writer = new StringWriter();
        Assert.False(Formatter(typeof(TimeSeries), "text/html").Format(42, writer));
        Assert.Equal(string.Empty, writer.ToString());
    }

    private static (Type Type, object Value) Sample(string name) => name switch
    {
        "TimeSeries" => (typeof(TimeSeries), Representatives.Monthly()),
        "BreakdownAnalysis" => (typeof(BreakdownAnalysis), Representatives.Breakdown()),
        "Projection" => (typeof(Projection), Project.LogLinear(Representatives.Annual(), ReportingPeriod.CalendarYear(2021))),
        "TableCheck" => (typeof(TableCheck), new TableCheck([new TableCheckFinding("<A>", "growth", "g", new BoundedEstimate(50, Interval.Between(49.5, 50.5)), new BoundedEstimate(25, Interval.Between(24, 25)))])),
        "TaizhouReport" => (typeof(TaizhouReport), TaizhouReport.Compute(TaizhouSample.Instance)),
        "ClusterLeaders" => Enterprise<ClusterLeaders>(),
        "ClusterConcentration" => Enterprise<ClusterConcentration>(),
        "TierPipeline" => Enterprise<TierPipeline>(),
        "TierRuleSet" => Enterprise<TierRuleSet>(),
        "ClusterMap" => Enterprise<ClusterMap>(),
        _ => (typeof(GrowthRate), GrowthRate.FromFraction(0.267)),
    };

    private static (Type Type, object Value) Enterprise<T>() => (typeof(T), TypeNameToStringTest.EnterpriseResults().OfType<T>().First()!);

    private static string Invoke(Type type, object value, string mimeType)
    {
        using var writer = new StringWriter();
        Assert.True(Formatter(type, mimeType).Format(value, writer));
        return writer.ToString();
    }

    // What .NET Interactive does: the attribute by name, its FormatterSourceType, CreateTypeFormatters() on a new
    // instance, and the formatter whose MimeType matches, called through Format(object, TextWriter).
    private static Adapter Formatter(Type type, string mimeType)
    {
        var attribute = type.GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = (IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        var formatter = formatters.Cast<object>().Single(f =>
            (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == mimeType && (Type)f.GetType().GetProperty("Type")!.GetValue(f)! == type);
        var format = formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!;
        return new Adapter(formatter, format);
    }

    private static string[]? PreferredMimeTypes(Type type)
    {
        var attribute = type.GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        return (string[]?)attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute);
    }

    private sealed class Adapter(object formatter, MethodInfo format)
    {
        public bool Format(object value, TextWriter writer) => (bool)format.Invoke(formatter, [value, writer])!;
    }
}
