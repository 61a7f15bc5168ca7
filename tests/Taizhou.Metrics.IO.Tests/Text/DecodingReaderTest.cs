using System;
using System.IO;
using System.Linq;
using System.Text;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.IO.Text;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Text;

/// <summary>
/// The strict decoder under the CSV readers: every character decoded as the framework's own decoder does, whatever
/// the size of the reads and wherever a multi-byte character falls; an invalid byte named with its line.
/// </summary>
public class DecodingReaderTest
{
    // Multi-byte characters of every length in each encoding: CJK (3 bytes in UTF-8, 2 in GB18030), an emoji
    // (4 bytes, a surrogate pair in UTF-16 and a 4-byte sequence in GB18030), 𠀀 (CJK Extension B), line ends of each kind.
    private const string Alphabet = "a,1.5\n台州市制造业\r\n𠀀😀ü€\r\"x\"";

    [Theory]
    [InlineData("utf-8")]
    [InlineData("gb18030")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Decode_AnyReadSizes_GivesTheFrameworkDecoding(string name)
    {
        var random = new Random(20181231);
        var text = new StringBuilder();
        var characters = Alphabet.EnumerateRunes().Select(r => r.ToString()).ToArray();
        while (text.Length < 300_000)
        {
            text.Append(characters[random.Next(characters.Length)]);
        }

        string expected = text.ToString();
        var (encoding, input) = Encoding(name);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(expected)];

        using var reader = new DecodingReader(new TrickleStream(bytes, random), "t.csv", input);
        Assert.Equal(expected, reader.ReadToEnd());
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a' }, InputEncoding.Utf8)]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0 }, InputEncoding.Utf16)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'a' }, InputEncoding.Utf16)]
    [InlineData(new byte[] { 0x84, 0x31, 0x95, 0x33, (byte)'a' }, InputEncoding.Gb18030)]
    [InlineData(new byte[] { (byte)'a' }, InputEncoding.Utf8)]
    public void Detect_ReadsTheMarksEncoding_AndSkipsTheMark(byte[] bytes, InputEncoding resolved)
    {
        using var reader = new DecodingReader(new MemoryStream(bytes), "t.csv", InputEncoding.Detect);
        Assert.Equal("a", reader.ReadToEnd());
        Assert.Equal(resolved, reader.Resolved);
    }

    [Theory]
    [InlineData(InputEncoding.Utf8, new byte[] { (byte)'a', (byte)'\n', (byte)'b', 0xC3 }, 2, "the byte C3 is not valid UTF-8")]
    [InlineData(InputEncoding.Utf8, new byte[] { (byte)'a', (byte)'\r', (byte)'b', (byte)'\r', (byte)'\n', 0xFF }, 3, "the byte FF is not valid UTF-8")]
    [InlineData(InputEncoding.Gb18030, new byte[] { (byte)'a', (byte)'\n', 0xD6, 0xD0, (byte)'\n', 0xFF }, 3, "the byte FF is not valid GB18030")]
    [InlineData(InputEncoding.Utf16, new byte[] { (byte)'a', 0, (byte)'\n', 0, 0x00, 0xD8, (byte)'b', 0 }, 2, "not valid UTF-16LE")]
    public void InvalidBytes_AreAnErrorNamingTheirLine_AfterTheCharactersBeforeThem(InputEncoding encoding, byte[] bytes, int line, string says)
    {
        using var reader = new DecodingReader(new MemoryStream(bytes), "t.csv", encoding);
        var read = new StringBuilder();
        var ex = Assert.Throws<InputFormatException>(() =>
        {
            int c;
            while ((c = reader.Read()) >= 0)
            {
                read.Append((char)c);
            }
        });

        Assert.Equal(line, ex.Line);
        Assert.Contains($"t.csv: line {line}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(says, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', read.ToString());
        Assert.StartsWith("a", read.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidByteAfterManyBuffers_NamesItsLine()
    {
        // 200,000 lines of valid text, then an invalid byte on line 200,001: far beyond the first buffer.
        byte[] valid = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("台州,1\n", 200_000)));
        byte[] bytes = [.. valid, 0xE5, (byte)'x'];

        using var reader = new DecodingReader(new TrickleStream(bytes, new Random(1)), "t.csv", InputEncoding.Utf8);
        var ex = Assert.Throws<InputFormatException>(() => reader.ReadToEnd());

        Assert.Equal(200_001, ex.Line);
    }

    [Fact]
    public void CutCharacterAtTheEnd_IsAnError()
    {
        using var reader = new DecodingReader(new MemoryStream([(byte)'a', 0xE5, 0x8F]), "t.csv", InputEncoding.Utf8);
        var ex = Assert.Throws<InputFormatException>(() => reader.ReadToEnd());
        Assert.Contains("E5 8F", ex.Message, StringComparison.Ordinal);
    }

    private static (Encoding Encoding, InputEncoding Input) Encoding(string name) => name switch
    {
        "utf-8" => (new UTF8Encoding(false), InputEncoding.Utf8),
        "gb18030" => (CodePagesEncodingProvider.Instance.GetEncoding(54936)!, InputEncoding.Gb18030),
        "utf-16le" => (new UnicodeEncoding(false, true), InputEncoding.Detect),
        _ => (new UnicodeEncoding(true, true), InputEncoding.Detect),
    };

    /// <summary>A stream that returns its bytes in reads of random small sizes, and its mark first for UTF-16.</summary>
    private sealed class TrickleStream(byte[] bytes, Random random) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1 + random.Next(7000)));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1 + random.Next(7000))]);
    }
}
