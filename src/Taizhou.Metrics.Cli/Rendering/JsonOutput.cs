using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>The one place JSON output is written: indented UTF-8 with Chinese kept readable, and the shared value conventions.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one JSON document to the output.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="write">Writes the document.</param>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            write(w);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>
    /// Writes an amount's value rounded to 8 decimals, half away from zero (四捨五入), as docs/json.md promises for
    /// every amount.
    /// </summary>
    /// <param name="w">The writer.</param>
    /// <param name="name">The key.</param>
    /// <param name="value">The value, in the unit the document names.</param>
    public static void Amount(Utf8JsonWriter w, string name, decimal value) =>
        w.WriteNumber(name, Math.Round(value, 8, MidpointRounding.AwayFromZero));

    /// <summary>Writes a number, or null when there is none (never NaN).</summary>
    /// <param name="w">The writer.</param>
    /// <param name="name">The key.</param>
    /// <param name="value">The value, or null.</param>
    public static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>
    /// Writes a rate as a fraction or, when it is undefined, null with a sibling <c>&lt;name&gt;_undefined</c> giving the
    /// reason (the convention of docs/json.md).
    /// </summary>
    /// <param name="w">The writer.</param>
    /// <param name="name">The key.</param>
    /// <param name="rate">The rate.</param>
    public static void Rate(Utf8JsonWriter w, string name, GrowthRate rate)
    {
        if (rate.TryGetValue(out double value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteNull(name);
            w.WriteString(name + "_undefined", rate.Reason.ToString());
        }
    }

    /// <summary>Writes an interval as <c>[lower, upper]</c>, or null.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="name">The key.</param>
    /// <param name="interval">The interval, or null.</param>
    /// <param name="decimals">Decimals to round the bounds to, or null for full precision.</param>
    public static void Bounds(Utf8JsonWriter w, string name, Interval? interval, int? decimals = null)
    {
        if (interval is not { } i)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartArray(name);
        w.WriteNumberValue(decimals is int d ? Math.Round(i.Lower, d) : i.Lower);
        w.WriteNumberValue(decimals is int e ? Math.Round(i.Upper, e) : i.Upper);
        w.WriteEndArray();
    }
}
