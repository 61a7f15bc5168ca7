using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <see cref="JsonOutput"/>: documents are streamed to the output in chunks (the same bytes as writing them whole),
/// and a number that is not finite is refused.
/// </summary>
public class JsonOutputTest
{
    [Fact]
    public void Write_LargeDocumentWithChineseAcrossChunkEdges_IsTheSameTextAsWrittenWhole()
    {
        // 3-byte characters at every offset: some fall across the edge of a 16 KiB chunk.
        string[] names = [.. Enumerable.Range(0, 10_000).Select(i => new string('汽', i % 7) + "車" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        void Document(Utf8JsonWriter w)
        {
            w.WriteStartObject();
            w.WriteStartArray("names");
            foreach (string n in names)
            {
                w.WriteStringValue(n);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        using var streamed = new StringWriter();
        JsonOutput.Write(streamed, Document);

        // The old way, the oracle: the whole document in memory, then decoded.
        using var whole = new MemoryStream();
        using (var w = new Utf8JsonWriter(whole, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Document(w);
        }

        Assert.True(whole.Length > 8 * JsonOutput.ChunkSize, $"the document has {whole.Length} bytes");
        Assert.Equal(Encoding.UTF8.GetString(whole.ToArray()) + Environment.NewLine, streamed.ToString());
    }

    [Fact]
    public void ContribJson_OnALargeTable_AllocatesABoundedAmountWhileWriting()
    {
        // 25,000 parts make about 11.5 MB of JSON. Writing it whole took the document three times over (the stream, its
        // copy, the string: 40 MB and more); streamed, the writer holds one chunk whatever the size of the table.
        const int Parts = 25_000;
        var rows = Enumerable.Range(0, Parts)
            .Select(i => new BreakdownRow($"part {i}", PublishedValue.Of(100m + i, 2), PublishedValue.Of(90m + i, 2)))
            .ToList();
        var analysis = Breakdown.Analyse(rows);
        var counter = new CountingWriter();

        long before = GC.GetAllocatedBytesForCurrentThread();
        ContribJson.Write(analysis, null, counter);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(counter.Chars > 10_000_000, $"the document has {counter.Chars} characters");
        Assert.True(allocated < 1_000_000, $"writing {counter.Chars} characters allocated {allocated} bytes");
    }

    [Theory]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    public void Number_NotFinite_IsRefusedAsABug_NamingTheKey(double value)
    {
        using var output = new StringWriter();

        var ex = Assert.Throws<InvalidOperationException>(() => JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            JsonOutput.Number(w, "logGrowthMean", value);
            w.WriteEndObject();
        }));

        Assert.Contains("'logGrowthMean'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a finite number", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A standard output that counts what it is given and keeps nothing.</summary>
    private sealed class CountingWriter : TextWriter
    {
        public long Chars { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Chars++;

        public override void Write(char[] buffer, int index, int count) => Chars += count;

        public override void Write(ReadOnlySpan<char> buffer) => Chars += buffer.Length;

        public override void Write(string? value) => Chars += value?.Length ?? 0;
    }
}
