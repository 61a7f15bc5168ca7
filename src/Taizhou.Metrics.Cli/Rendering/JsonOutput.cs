using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Serialization;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// The one place JSON output is written: indented UTF-8 with Chinese kept readable, streamed to its destination in
/// chunks of <see cref="ChunkSize"/> bytes as it is written (a document never sits whole in memory), and the shared
/// value conventions. Every double goes through <see cref="Number(Utf8JsonWriter, string, double)"/> or
/// <see cref="Bounds"/>, which refuse a value that is not finite.
/// </summary>
internal static class JsonOutput
{
    /// <summary>The size of the chunks the document is handed on in.</summary>
    public const int ChunkSize = 16 * 1024;

    private static readonly ReportingPeriodJsonConverter PeriodConverter = new();

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes one JSON document to the output, then a line break. The document is streamed: what
    /// <paramref name="write"/> has written reaches <paramref name="output"/> every <see cref="ChunkSize"/> bytes, so
    /// an exception part-way leaves a partial document behind (the exit code then says it is not a result).
    /// </summary>
    /// <param name="output">The writer.</param>
    /// <param name="write">Writes the document.</param>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        char[] chars = new char[ChunkSize];
        Write(bytes => Decode(decoder, bytes, flush: false, ref chars, output), write);
        Decode(decoder, [], flush: true, ref chars, output);
        output.WriteLine();
    }

    /// <summary>Writes one JSON document to a stream, then a line feed: the same form as on the standard output.</summary>
    /// <param name="stream">The stream, left open.</param>
    /// <param name="write">Writes the document.</param>
    public static void Write(Stream stream, Action<Utf8JsonWriter> write)
    {
        Write(stream.Write, write);
        stream.Write("\n"u8);
    }

    /// <summary>
    /// Writes a number, refusing one that is not finite: NaN or ±∞ reaching the output means the library computed
    /// something it should have refused or reported as undefined, a bug (exit code 3), never a value to print.
    /// </summary>
    /// <param name="w">The writer.</param>
    /// <param name="name">The key.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="InvalidOperationException">The value is NaN or infinite.</exception>
    public static void Number(Utf8JsonWriter w, string name, double value) => w.WriteNumber(name, Finite(name, value));

    /// <summary>
    /// Writes an amount's value rounded to 8 decimals, half away from zero (四舍五入), as docs/json.md promises for
    /// every amount.
    /// </summary>
    /// <param name="w">The writer.</param>
    /// <param name="name">The key.</param>
    /// <param name="value">The value, in the unit the document names.</param>
    public static void Amount(Utf8JsonWriter w, string name, decimal value) =>
        w.WriteNumber(name, Rounding.HalfAwayFromZero(value, 8));

    /// <summary>Writes a number, or null when there is none (never NaN).</summary>
    /// <param name="w">The writer.</param>
    /// <param name="name">The key.</param>
    /// <param name="value">The value, or null.</param>
    public static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v)
        {
            Number(w, name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>
    /// Writes a rate as a fraction or, when it is undefined, null with a sibling <c>&lt;name&gt;_undefined</c> giving the
    /// reason (the convention of docs/json.md), through the library's <see cref="GrowthRateJsonConverter.WriteProperty"/>.
    /// </summary>
    /// <param name="w">The writer.</param>
    /// <param name="name">The key.</param>
    /// <param name="rate">The rate.</param>
    public static void Rate(Utf8JsonWriter w, string name, GrowthRate rate) => GrowthRateJsonConverter.WriteProperty(w, name, rate);

    /// <summary>Writes a period as its ISO-style text (<c>2018-01..06</c>) through the library's converter.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="name">The key.</param>
    /// <param name="period">The period.</param>
    public static void Period(Utf8JsonWriter w, string name, ReportingPeriod period)
    {
        // The converter itself, not JsonSerializer.Serialize, which would flush the writer and break the chunking.
        w.WritePropertyName(name);
        PeriodConverter.Write(w, period, MetricsJson.Options);
    }

    /// <summary>Writes a period as its ISO-style text, or null.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="name">The key.</param>
    /// <param name="period">The period, or null.</param>
    public static void Period(Utf8JsonWriter w, string name, ReportingPeriod? period)
    {
        if (period is { } p)
        {
            Period(w, name, p);
        }
        else
        {
            w.WriteNull(name);
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
        w.WriteNumberValue(Finite(name, decimals is int d ? Rounding.HalfAwayFromZero(i.Lower, d) : i.Lower));
        w.WriteNumberValue(Finite(name, decimals is int e ? Rounding.HalfAwayFromZero(i.Upper, e) : i.Upper));
        w.WriteEndArray();
    }

    private static double Finite(string name, double value) => double.IsFinite(value)
        ? value
        : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"JSON key '{name}' would be {value}, not a finite number: the library let through a value it should have refused or reported as undefined."));

    private static void Write(Action<ReadOnlySpan<byte>> commit, Action<Utf8JsonWriter> write)
    {
        var sink = new ChunkedSink(commit);
        using var w = new Utf8JsonWriter(sink, Options);
        write(w);
        w.Flush();
    }

    private static void Decode(Decoder decoder, ReadOnlySpan<byte> bytes, bool flush, ref char[] chars, TextWriter output)
    {
        int needed = decoder.GetCharCount(bytes, flush);
        if (needed > chars.Length)
        {
            chars = new char[needed];
        }

        int count = decoder.GetChars(bytes, chars, flush);
        output.Write(chars, 0, count);
    }

    /// <summary>
    /// The buffer <see cref="Utf8JsonWriter"/> writes into: whatever it commits is handed on at once and the same
    /// buffer is given out again, so the writer never holds more than a chunk (or one token larger than a chunk).
    /// </summary>
    private sealed class ChunkedSink(Action<ReadOnlySpan<byte>> commit) : IBufferWriter<byte>
    {
        private byte[] buffer = new byte[ChunkSize];

        public void Advance(int count)
        {
            if (count > 0)
            {
                commit(buffer.AsSpan(0, count));
            }
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            if (sizeHint > buffer.Length)
            {
                buffer = new byte[sizeHint];
            }

            return buffer;
        }

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }
}
