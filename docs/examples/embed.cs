#:project ../../src/Taizhou.Metrics/Taizhou.Metrics.csproj
// An app that embeds the calculations and answers in JSON: what another program (a web service, a Python script, a
// spreadsheet macro) calls. It reads a request — a total and its parts, each with last year's and this year's level
// and optionally the growth as printed — and writes on standard output the shares, growth, 拉动 and 贡献率 of every
// part, the remainder and the total (the library's JSON, MetricsJson), with the check of the printed growth rates.
//   dotnet run docs/examples/embed.cs [request.json | -]          ("-" reads the request from standard input)
//   echo '{"parts":[{"name":"A","previous":20,"current":30}]}' | dotnet run docs/examples/embed.cs -
// Without an argument it answers data/request.json beside this file. A bad request is answered with {"error": "..."}
// and exit code 2. No reflection: the JSON goes through MetricsJson.Context, so the app publishes as native AOT.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Serialization;
using Taizhou.Metrics.Structure;

string source = args.Length > 0 ? args[0] : Path.Combine(Here(), "data", "request.json");
using Stream output = Console.OpenStandardOutput();
// Chinese names are written as they are (not as \uXXXX escapes); the output is UTF-8 whatever the console's encoding.
using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
try
{
    using JsonDocument request = source == "-" ? JsonDocument.Parse(Console.OpenStandardInput()) : JsonDocument.Parse(File.ReadAllBytes(source));
    JsonElement root = request.RootElement;
    var parts = new List<BreakdownRow>();
    foreach (JsonElement part in root.GetProperty("parts").EnumerateArray())
    {
        parts.Add(Row(part));
    }

    BreakdownRow? total = root.TryGetProperty("total", out JsonElement t) ? Row(t) : null;

    // The calculation, and the check of every printed figure within its rounding.
    BreakdownAnalysis analysis = Breakdown.Analyse(parts, total);
    TableCheck check = Breakdown.Check(parts, total);

    writer.WriteStartObject();
    writer.WritePropertyName("analysis");
    JsonSerializer.Serialize(writer, analysis, MetricsJson.Context.BreakdownAnalysis);
    writer.WriteStartObject("check");
    writer.WriteBoolean("passed", check.Passed);
    writer.WriteNumber("figures_checked", check.Findings.Count);
    writer.WriteStartArray("broken");
    foreach (TableCheckFinding finding in check.Broken)
    {
        writer.WriteStartObject();
        writer.WriteString("row", finding.Row);
        writer.WriteString("figure", finding.Figure);
        writer.WriteNumber("published", finding.Published.Estimate);
        writer.WriteNumber("derived", finding.Derived.Estimate);
        writer.WriteNumber("break", finding.Break);
        writer.WriteEndObject();
    }

    writer.WriteEndArray();
    writer.WriteEndObject();
    writer.WriteEndObject();
    writer.Flush();
    output.WriteByte((byte)'\n');
    return 0;
}
catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException or IOException)
{
    // A request that is not JSON, lacks a key, has a number as text, or breaks a rule of the breakdown (a negative
    // level, parts larger than the total): one JSON object naming the problem.
    writer.Reset();
    writer.WriteStartObject();
    writer.WriteString("error", ex.Message);
    writer.WriteEndObject();
    writer.Flush();
    output.WriteByte((byte)'\n');
    return 2;
}

// A row of the request: the levels as printed (a JSON number's own text keeps its decimals, so 905.0 is known to ±0.05).
static BreakdownRow Row(JsonElement row) => new(
    row.GetProperty("name").GetString() ?? throw new FormatException("A part's name is null."),
    Published(row.GetProperty("current")),
    row.TryGetProperty("previous", out JsonElement previous) ? Published(previous) : null,
    row.TryGetProperty("growth", out JsonElement growth) ? Published(growth) : null);

static PublishedValue Published(JsonElement number) => number.ValueKind == JsonValueKind.Number
    ? PublishedValue.Parse(number.GetRawText())
    : throw new FormatException($"Expected a number, found {number.ValueKind}: {number.GetRawText()}.");

// The folder of this file: .NET 10 tells a file-based app where its file is (a [CallerFilePath] would name the build's
// mapped path, /_/..., in a deterministic CI build).
static string Here() => AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
