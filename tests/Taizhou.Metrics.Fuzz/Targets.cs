using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.IO.Text;
using Taizhou.Metrics.Panels;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Fuzz;

/// <summary>
/// The targets, one per parser, with the oracles of the bounded random-input tests (tests/*/Fuzz/): a parser either
/// succeeds, with a result that round-trips where a round trip exists, or refuses its input with its documented
/// exception; the tool exits 0, 1 or 2 without a stack trace; nothing holds a U+FFFD the input did not.
/// </summary>
internal static class Targets
{
    private static readonly string Scratch = Path.Combine(Path.GetTempPath(), $"tzm-fuzz-{Environment.ProcessId}");

    /// <summary>Gets the targets by name.</summary>
    public static IReadOnlyDictionary<string, Target> All { get; } = new Dictionary<string, Target>(StringComparer.Ordinal)
    {
        ["period"] = new("ReportingPeriod.Parse/TryParse (UTF-8 text); a period round-trips in both notations", Period),
        ["value"] = new("PublishedValue.Parse/TryParse (UTF-8 text); a value has 0 to 28 decimals, bounds, and round-trips", Value),
        ["unit"] = new("MetricUnit.Parse/TryParse (UTF-8 text); a unit round-trips through its code and symbol", Unit),
        ["industry"] = new("IndustryCode.Parse/TryParse (UTF-8 text); a class round-trips with and without its section", Industry),
        ["csv"] = new("the strict decoder and CSV tokenizer under every text reader (encoding detected)", Csv),
        ["panel-csv"] = new("PanelReader.ReadCsv on one thread and in parts of 64 bytes: the same panel or the same error", PanelCsv),
        ["parquet"] = new("PanelReader.ReadParquet: a panel, or a one-line PanelFormatException", Parquet),
        ["series"] = new("taizhou-metrics project (series CSV): exit 0, 1 or 2, no stack trace", bytes => Cli(bytes, "input.csv", path => ["project", "--input", path, "--target", "2020:2000", "--format", "json"])),
        ["breakdown"] = new("taizhou-metrics contrib --check (breakdown CSV): exit 0, 1 or 2, no stack trace", bytes => Cli(bytes, "input.csv", path => ["contrib", "--input", path, "--check", "--format", "json"])),
        ["enterprises"] = new("taizhou-metrics tiers (enterprise CSV): exit 0, 1 or 2, no stack trace", bytes => Cli(bytes, "input.csv", path => ["tiers", "--input", path, "--year", "2021", "--format", "json"])),
        ["panel"] = new("taizhou-metrics panel (panel CSV): exit 0, 1 or 2, no stack trace", bytes => Cli(bytes, "input.csv", path => ["panel", "--input", path, "--output", Path.Combine(Scratch, "out"), "--enterprise-yoy"])),
    };

    private static void Period(byte[] input)
    {
        if (Text(input) is not { } text)
        {
            return;
        }

        if (!ReportingPeriod.TryParse(text, out var period))
        {
            Refused<FormatException>(() => ReportingPeriod.Parse(text), text);
            return;
        }

        FuzzFailure.Unless(ReportingPeriod.Parse(text) == period, () => $"Parse and TryParse differ on '{Mutator.Show(text)}'");
        foreach (var notation in Enum.GetValues<PeriodNotation>())
        {
            string formatted = period.ToString(notation);
            FuzzFailure.Unless(ReportingPeriod.Parse(formatted) == period, () => $"'{Mutator.Show(text)}' is {period}, which formats as '{formatted}' and parses back to another period");
        }
    }

    private static void Value(byte[] input)
    {
        if (Text(input) is not { } text)
        {
            return;
        }

        if (!PublishedValue.TryParse(text, out var value))
        {
            Refused<FormatException>(() => PublishedValue.Parse(text), text);
            return;
        }

        FuzzFailure.Unless(value.Decimals is >= 0 and <= 28, () => $"'{Mutator.Show(text)}' has {value.Decimals} decimals");
        var bounds = value.Bounds;
        double v = (double)value.Value, slack = Math.Abs(v) * Math.Pow(2, -50);
        FuzzFailure.Unless(bounds.Lower - slack <= v && v <= bounds.Upper + slack, () => $"'{Mutator.Show(text)}' is outside its bounds {bounds}");
        FuzzFailure.Unless(PublishedValue.Parse(value.ToString()) == value, () => $"'{Mutator.Show(text)}' formats as '{value}', which parses back to another value");
    }

    private static void Unit(byte[] input)
    {
        if (Text(input) is not { } text)
        {
            return;
        }

        if (!MetricUnit.TryParse(text, out var unit))
        {
            Refused<FormatException>(() => MetricUnit.Parse(text), text);
            return;
        }

        FuzzFailure.Unless(MetricUnit.Parse(unit.Code) == unit && MetricUnit.Parse(unit.ChineseSymbol) == unit, () => $"'{Mutator.Show(text)}' is {unit.Code}, which does not round-trip");
    }

    private static void Industry(byte[] input)
    {
        if (Text(input) is not { } text)
        {
            return;
        }

        if (!IndustryCode.TryParse(text, out var code))
        {
            Refused<FormatException>(() => IndustryCode.Parse(text), text);
            return;
        }

        FuzzFailure.Unless(IndustryCode.Parse(code.Code) == code && IndustryCode.Parse(code.Section + code.Code) == code, () => $"'{Mutator.Show(text)}' is {code}, which does not round-trip");
    }

    private static void Csv(byte[] input)
    {
        try
        {
            foreach (string field in Fields(input))
            {
                NoReplacement(field, input, "a field");
            }
        }
        catch (InputFormatException ex)
        {
            NoReplacement(ex.Message, input, "the message");
        }
    }

    private static void PanelCsv(byte[] input)
    {
        string path = Write(input, "panel.csv");
        var whole = ReadPanel(() => PanelReader.Read(path, null, InputEncoding.Detect));
        var inParts = ReadPanel(() => PanelReader.ReadCsv(path, null, 64, InputEncoding.Detect));

        FuzzFailure.Unless(whole.Error == inParts.Error, () => $"one thread: {whole.Error ?? "read"}; in parts: {inParts.Error ?? "read"}");
        if (whole.Panel is { } a && inParts.Panel is { } b)
        {
            FuzzFailure.Unless(
                a.EnterpriseIds.SequenceEqual(b.EnterpriseIds) && a.Clusters.SequenceEqual(b.Clusters) && a.Periods.SequenceEqual(b.Periods)
                && MemoryMarshal.AsBytes(a.YearToDateOutput).SequenceEqual(MemoryMarshal.AsBytes(b.YearToDateOutput)),
                () => "one thread and in parts read different panels");
        }
        else
        {
            NoReplacement(whole.Error!, input, "the message");
        }
    }

    private static void Parquet(byte[] input)
    {
        string path = Write(input, "panel.parquet");
        try
        {
            PanelReader.ReadParquet(path, null);
        }
        catch (PanelFormatException ex)
        {
            FuzzFailure.Unless(ex.Message.StartsWith(path + ": ", StringComparison.Ordinal) && ex.Message.IndexOfAny(['\n', '\r']) < 0, () => $"not one line naming the file: {ex.Message}");
            NoReplacement(ex.Message, input, "the message");
        }
    }

    private static void Cli(byte[] input, string name, Func<string, string[]> args)
    {
        string path = Write(input, name);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = RunTool(args(path), output, error);
        string err = error.ToString();

        FuzzFailure.Unless(code is 0 or 1 or 2, () => $"exit {code}: {err}");
        FuzzFailure.Unless(!err.Contains("Unhandled exception", StringComparison.Ordinal) && !err.Contains("   at ", StringComparison.Ordinal), () => err);
        NoReplacement(output.ToString(), input, "the output");
        NoReplacement(err, input, "the error");
    }

    /// <summary>The input as UTF-8 text, or null when it is not UTF-8 (the text parsers take strings).</summary>
    private static string? Text(byte[] input)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(input);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static void Refused<TException>(Action parse, string text)
        where TException : Exception
    {
        try
        {
            parse();
        }
        catch (TException ex)
        {
            FuzzFailure.Unless(ex.Message.Contains(CellText.Quote(text), StringComparison.Ordinal), () => $"the message does not quote the text: {ex.Message}");
            return;
        }

        throw new FuzzFailure($"TryParse refused '{Mutator.Show(text)}' but Parse accepted it");
    }

    private static void NoReplacement(string text, byte[] input, string what) =>
        FuzzFailure.Unless(!text.Contains('\uFFFD', StringComparison.Ordinal) || Mutator.MayHoldReplacementCharacter(input), () => $"{what} holds U+FFFD: {Mutator.Show(text)}");

    private static string Write(byte[] input, string name)
    {
        Directory.CreateDirectory(Scratch);
        string path = Path.Combine(Scratch, name);
        File.WriteAllBytes(path, input);
        return path;
    }

    private static (EnterprisePanel? Panel, string? Error) ReadPanel(Func<EnterprisePanel> read)
    {
        try
        {
            return (read(), null);
        }
        catch (PanelFormatException ex)
        {
            return (null, ex.Message);
        }
    }

    // The tool's in-process entry point, by reflection: the tool does not show its internals to the harness.
    private static readonly Func<IReadOnlyList<string>, TextWriter, TextWriter, int> RunTool =
        Type.GetType("Taizhou.Metrics.Cli.CliApp, taizhou-metrics", throwOnError: true)!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!
            .CreateDelegate<Func<IReadOnlyList<string>, TextWriter, TextWriter, int>>();

    /// <summary>Reads the header and every record with the decoder and tokenizer of the readers; returns their fields.</summary>
    private static List<string> Fields(byte[] input)
    {
        using var tokenizer = new CsvTokenizer(new DecodingReader(new MemoryStream(input), "fuzz.csv", InputEncoding.Detect), "fuzz.csv");
        var fields = new List<string>(tokenizer.ReadHeader());
        while (tokenizer.Read())
        {
            for (int i = 0; i < tokenizer.FieldCount; i++)
            {
                fields.Add(tokenizer.Field(i).ToString());
            }
        }

        return fields;
    }
}
