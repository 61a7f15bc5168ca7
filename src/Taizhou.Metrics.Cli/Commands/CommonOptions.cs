using System;
using System.CommandLine;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>Options shared by the commands.</summary>
internal static class CommonOptions
{
    /// <summary>Creates the <c>--format table|json|markdown</c> option.</summary>
    /// <returns>The option.</returns>
    public static Option<string> Format()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: table (default), json (stable, for other programs) or markdown.",
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong("table", "json", "markdown");
        return option;
    }

    /// <summary>Creates the <c>--lang en|zh</c> option.</summary>
    /// <returns>The option.</returns>
    public static Option<string> Language()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Language of labels: en (default) or zh. JSON keys do not change.",
            DefaultValueFactory = _ => "en",
        };
        option.AcceptOnlyFromAmong("en", "zh");
        return option;
    }

    /// <summary>Maps the value of <c>--format</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The format.</returns>
    public static OutputFormat ParseFormat(string? value) => value switch
    {
        "json" => OutputFormat.Json,
        "markdown" => OutputFormat.Markdown,
        "table" or null => OutputFormat.Table,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown format."),
    };
}
