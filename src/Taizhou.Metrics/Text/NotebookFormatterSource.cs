using System;
using System.Collections.Generic;
using System.IO;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Targets;

namespace Taizhou.Metrics.Text;

/// <summary>
/// The formatters .NET Interactive uses to display the core's results in a notebook, found through
/// <see cref="TypeFormatterSourceAttribute"/> by convention (duck-typed: a public <c>CreateTypeFormatters()</c> whose
/// items have a public <c>MimeType</c>, <c>Type</c> and <c>Format(object, TextWriter)</c>), so the core needs no
/// package reference. HTML is one escaped <c>&lt;table&gt;</c> (no script, no style sheet, no external reference);
/// plain text is the type's text table or <c>ToString()</c>.
/// </summary>
internal sealed class NotebookFormatterSource
{
    /// <summary>The MIME type of the HTML display.</summary>
    public const string Html = "text/html";

    /// <summary>The MIME type of the plain-text display.</summary>
    public const string PlainText = "text/plain";

    private static readonly Type[] Displayed = [typeof(TimeSeries), typeof(BreakdownAnalysis), typeof(Projection), typeof(TableCheck), typeof(ProgrammeProgress), typeof(Samples.TaizhouReport), typeof(ClusterLeaders), typeof(ClusterConcentration), typeof(TierPipeline), typeof(TierRuleSet), typeof(ClusterMap), typeof(GrowthRate)];

    /// <summary>Returns an HTML and a plain-text formatter for each displayed type.</summary>
    /// <returns>The formatters.</returns>
#pragma warning disable CA1822 // .NET Interactive calls it on an instance it creates.
    public IEnumerable<NotebookFormatter> CreateTypeFormatters()
#pragma warning restore CA1822
    {
        foreach (var type in Displayed)
        {
            yield return new NotebookFormatter(type, Html);
            yield return new NotebookFormatter(type, PlainText);
        }
    }

    /// <summary>Returns the HTML for a displayed value, or null for a value of another type.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The HTML: a table, or the text in a <c>&lt;span&gt;</c>, every character escaped.</returns>
    public static string? ToHtml(object? value) => value switch
    {
        ITabular t => t.ToTable().ToHtml(),
        GrowthRate r => "<span>" + HtmlText.Escape(r.ToString()) + "</span>",
        _ => null,
    };

    /// <summary>Returns the plain text for a displayed value, or null for a value of another type.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text table or the one-line text.</returns>
    public static string? ToPlainText(object? value) => value switch
    {
        ITabular t => t.ToTable().ToText(),
        GrowthRate r => r.ToString(),
        _ => null,
    };
}

/// <summary>One formatter of <see cref="NotebookFormatterSource"/>: a type and a MIME type.</summary>
internal sealed class NotebookFormatter
{
    /// <summary>Creates the formatter.</summary>
    /// <param name="type">The type it formats.</param>
    /// <param name="mimeType">The MIME type it writes.</param>
    public NotebookFormatter(Type type, string mimeType)
    {
        Type = type;
        MimeType = mimeType;
    }

    /// <summary>Gets the type it formats.</summary>
    public Type Type { get; }

    /// <summary>Gets the MIME type it writes.</summary>
    public string MimeType { get; }

    /// <summary>Writes the value; false when it is not of a displayed type (the notebook then falls back to its own display).</summary>
    /// <param name="instance">The value.</param>
    /// <param name="writer">The notebook's writer.</param>
    /// <returns>Whether the value was written.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        string? text = MimeType == NotebookFormatterSource.Html ? NotebookFormatterSource.ToHtml(instance) : NotebookFormatterSource.ToPlainText(instance);
        if (text is null)
        {
            return false;
        }

        writer.Write(text);
        return true;
    }
}
