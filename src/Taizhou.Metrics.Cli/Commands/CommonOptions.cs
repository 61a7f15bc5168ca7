using System;
using System.CommandLine;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>Options shared by the commands.</summary>
internal static class CommonOptions
{
    /// <summary>Creates the <c>--format table|json|markdown[|html]</c> option.</summary>
    /// <param name="html">Whether the command also writes a self-contained HTML page (<c>--format html</c>).</param>
    /// <returns>The option.</returns>
    public static Option<string> Format(bool html = false)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = html
                ? "Output format: table (default), json (stable, for other programs), markdown or html (one self-contained page)."
                : "Output format: table (default), json (stable, for other programs) or markdown.",
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong(html ? ["table", "json", "markdown", "html"] : ["table", "json", "markdown"]);
        return option;
    }

    /// <summary>The values <c>--lang</c> accepts, in the order its help and errors list them.</summary>
    public const string LanguageValues = "en, zh, zh-Hans or zh-Hant";

    /// <summary>Creates the <c>--lang en|zh|zh-Hans|zh-Hant</c> option of every command that prints words.</summary>
    /// <returns>The option; an unknown value is a usage error (exit 2) that names the option and the accepted values.</returns>
    public static Option<string> Language()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Language of the words printed: en (default), zh or zh-Hans (Simplified Chinese: 亿元, 规上, 拉动), zh-Hant (Traditional Chinese: 億元, 規上, 拉動). Chinese names in English output are Simplified. JSON keys do not change.",
            DefaultValueFactory = _ => "en",
            HelpName = "en|zh|zh-Hans|zh-Hant",
        };
        option.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (TryParseLanguage(value, out _) is false)
            {
                result.AddError($"--lang: unknown language {CellText.Quote(value ?? string.Empty)}; expected {LanguageValues}.");
            }
        });
        return option;
    }

    /// <summary>Maps the value of <c>--lang</c> (case-insensitive, as language tags are).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one of <see cref="LanguageValues"/> (the option's validator rejects it first).</exception>
    public static TextLanguage ParseLanguage(string? value) => TryParseLanguage(value, out var language)
        ? language
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"Unknown language; expected {LanguageValues}.");

    private static bool TryParseLanguage(string? value, out TextLanguage language)
    {
        switch (value?.ToUpperInvariant())
        {
            case null or "EN":
                language = TextLanguage.English;
                return true;
            case "ZH" or "ZH-HANS":
                language = TextLanguage.Simplified;
                return true;
            case "ZH-HANT":
                language = TextLanguage.Traditional;
                return true;
            default:
                language = TextLanguage.English;
                return false;
        }
    }

    /// <summary>Creates the <c>--encoding utf-8|gb18030|utf-16</c> option of every command that reads a text file.</summary>
    /// <returns>The option; without it the encoding is detected (docs/input.md).</returns>
    public static Option<string?> Encoding()
    {
        var option = new Option<string?>("--encoding")
        {
            Description = "Encoding of the input text: utf-8, gb18030 (also gbk: what Excel on Chinese Windows saves as CSV) or utf-16. Without it: the byte-order mark's, otherwise UTF-8.",
        };
        option.AcceptOnlyFromAmong("utf-8", "utf8", "gb18030", "gbk", "utf-16", "utf16");
        return option;
    }

    /// <summary>Creates the <c>--delimiter , | tab | ;</c> option of every command that reads a table.</summary>
    /// <returns>The option; without it the delimiter is detected from the header line (docs/input.md).</returns>
    public static Option<string?> Delimiter()
    {
        var option = new Option<string?>("--delimiter")
        {
            Description = "Field delimiter of the input table: , (comma), tab or ; (semicolon). Without it: the one of the three the header line holds.",
        };
        option.AcceptOnlyFromAmong(",", "comma", "tab", "\t", "\\t", ";", "semicolon");
        return option;
    }

    /// <summary>Creates the <c>--sheet NAME|#N</c> option of every command that reads a table.</summary>
    /// <returns>The option; without it a workbook's first sheet is read (docs/excel.md).</returns>
    public static Option<string?> Sheet()
    {
        var option = new Option<string?>("--sheet")
        {
            Description = "Sheet of an Excel workbook (.xlsx or .xls) input: its name, or #N for the N-th tab (#1 is the first). Without it: the first sheet. Not for CSV input.",
            HelpName = "NAME|#N",
        };
        option.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string?>();
            if (!SheetSelector.TryParse(value, out _))
            {
                result.AddError($"--sheet: {CellText.Quote(value ?? string.Empty)} is not a sheet: give its name, or # and its position (#1 is the first sheet).");
            }
        });
        return option;
    }

    /// <summary>Creates the <c>--chart-font FILE</c> option of every command that draws a chart.</summary>
    /// <returns>The option; without it the chart looks for an installed font that has its words (docs/charts.md).</returns>
    public static Option<string?> ChartFont() => new("--chart-font")
    {
        Description = "Font file (.ttf, .otf, .ttc) for the chart's words; without it an installed font that has them (for Chinese a CJK font).",
    };

    /// <summary>The options of the table readers from <c>--encoding</c>, <c>--delimiter</c> and <c>--sheet</c>.</summary>
    /// <param name="encoding">The value of <c>--encoding</c>, or null.</param>
    /// <param name="delimiter">The value of <c>--delimiter</c>, or null.</param>
    /// <param name="sheet">The value of <c>--sheet</c>, or null.</param>
    /// <returns>The options; an encoding or delimiter given for a workbook, and a sheet given for text, are errors naming the option.</returns>
    public static TableReadOptions ReadOptions(string? encoding, string? delimiter, string? sheet = null) => new()
    {
        CommandLine = true,
        Sheet = sheet is null ? null : SheetSelector.Parse(sheet),
        Encoding = ParseEncoding(encoding),
        Delimiter = delimiter switch
        {
            null => null,
            "," or "comma" => ',',
            "tab" or "\t" or "\\t" => '\t',
            ";" or "semicolon" => ';',
            _ => throw new ArgumentOutOfRangeException(nameof(delimiter), delimiter, "Unknown delimiter."),
        },
    };

    /// <summary>Maps the value of <c>--encoding</c>.</summary>
    /// <param name="value">The value, or null when the option is not given.</param>
    /// <returns>The encoding.</returns>
    public static InputEncoding ParseEncoding(string? value) => value switch
    {
        null => InputEncoding.Detect,
        "utf-8" or "utf8" => InputEncoding.Utf8,
        "gb18030" or "gbk" => InputEncoding.Gb18030,
        "utf-16" or "utf16" => InputEncoding.Utf16,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown encoding."),
    };

    /// <summary>The name of an encoding as <c>--encoding</c> takes it, or null for <see cref="InputEncoding.Detect"/>.</summary>
    /// <param name="encoding">The encoding.</param>
    /// <returns>The name.</returns>
    public static string? EncodingName(InputEncoding encoding) => encoding switch
    {
        InputEncoding.Utf8 => "utf-8",
        InputEncoding.Gb18030 => "gb18030",
        InputEncoding.Utf16 => "utf-16",
        _ => null,
    };

    /// <summary>Maps the value of <c>--format</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The format.</returns>
    public static OutputFormat ParseFormat(string? value) => value switch
    {
        "json" => OutputFormat.Json,
        "markdown" => OutputFormat.Markdown,
        "html" => OutputFormat.Html,
        "table" or null => OutputFormat.Table,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown format."),
    };

    /// <summary>
    /// Writes a command's document in the format of <c>--format</c> for the commands without HTML: JSON, or the text
    /// tables (aligned or Markdown) in the language of <c>--lang</c>.
    /// </summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="format">The command's <c>--format</c>.</param>
    /// <param name="lang">The command's <c>--lang</c>.</param>
    /// <param name="json">Writes the JSON document.</param>
    /// <param name="text">Writes the text tables in a language, as Markdown when its second argument is true.</param>
    public static void WriteDocument(ParseResult parse, Option<string> format, Option<string> lang, Action json, Action<TextLanguage, bool> text)
    {
        var chosen = ParseFormat(parse.GetValue(format));
        if (chosen == OutputFormat.Json)
        {
            json();
        }
        else
        {
            text(ParseLanguage(parse.GetValue(lang)), chosen == OutputFormat.Markdown);
        }
    }
}
