using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Taizhou.Metrics.IO.Text;

/// <summary>
/// Reads the characters of a stream of bytes in one encoding (<see cref="InputEncoding"/>), strictly: a byte-order mark
/// is detected and skipped, and bytes that are not valid in the encoding end the text with an
/// <see cref="InputFormatException"/> naming the line they are on — never a U+FFFD in their place.
/// </summary>
/// <remarks>
/// The bytes are decoded a buffer at a time, each buffer cut at the end of its last complete character, so that the
/// decoder holds no state between buffers and the first invalid byte's position is exact. The characters before the
/// invalid bytes are still read; the exception comes when the reader reaches them. Lines are counted as the
/// tokenizer counts them: a line feed, a carriage return and line feed, and a carriage return alone each end a line.
/// </remarks>
internal sealed class DecodingReader : TextReader
{
    private const int ByteBufferSize = 1 << 16;

    private static readonly byte[] Utf8Mark = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LittleEndianMark = [0xFF, 0xFE];
    private static readonly byte[] Utf16BigEndianMark = [0xFE, 0xFF];
    private static readonly byte[] Gb18030Mark = [0x84, 0x31, 0x95, 0x33];

    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly string source;
    private readonly InputEncoding requested;
    private readonly bool detectMark;
    private readonly byte[] bytes = new byte[ByteBufferSize];
    private Encoding? encoding;
    private Kind kind;
    private char[] chars = [];
    private int carry;
    private int charPos;
    private int charLen;
    private long lineEnds;
    private bool pendingCarriageReturn;
    private InputFormatException? pending;
    private bool ended;

    /// <summary>Initializes a reader over a stream.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="encoding">The encoding, or <see cref="InputEncoding.Detect"/>.</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves the stream open.</param>
    /// <param name="firstLine">The line the bytes start on, for messages (1 for a whole file; more for a part of one).</param>
    /// <param name="detectMark">Whether the bytes may start with a byte-order mark (false for a part of a file: its encoding must then be given).</param>
    public DecodingReader(Stream stream, string source, InputEncoding encoding, bool leaveOpen = false, long firstLine = 1, bool detectMark = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        if (!Enum.IsDefined(encoding))
        {
            throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not an input encoding.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(firstLine);
        if (!detectMark && encoding == InputEncoding.Detect)
        {
            throw new ArgumentException("Without a byte-order mark to detect, the encoding must be given.", nameof(encoding));
        }

        this.stream = stream;
        this.source = source;
        requested = encoding;
        this.leaveOpen = leaveOpen;
        this.detectMark = detectMark;
        lineEnds = firstLine - 1;
    }

    private enum Kind
    {
        Utf8,
        Gb18030,
        Utf16,
    }

    /// <summary>Gets the encoding the text is read in, once the first characters are read (<see cref="InputEncoding.Detect"/> before).</summary>
    public InputEncoding Resolved => encoding is null ? InputEncoding.Detect : kind switch
    {
        Kind.Gb18030 => InputEncoding.Gb18030,
        Kind.Utf16 => InputEncoding.Utf16,
        _ => InputEncoding.Utf8,
    };

    /// <summary>Gets the name of the encoding the text is read in, once the first characters are read (UTF-8 before).</summary>
    public string EncodingName => kind switch
    {
        Kind.Gb18030 => "GB18030",
        Kind.Utf16 => encoding is UnicodeEncoding { CodePage: 1201 } ? "UTF-16BE" : "UTF-16LE",
        _ => "UTF-8",
    };

    /// <summary>Returns the GB18030 encoding (code page 54936) with exception fallbacks.</summary>
    /// <returns>The encoding.</returns>
    public static Encoding Gb18030() =>
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new PlatformNotSupportedException("The GB18030 encoding (code page 54936) is not available.");

    /// <inheritdoc/>
    public override int Peek() => charPos < charLen || Fill() ? chars[charPos] : -1;

    /// <inheritdoc/>
    public override int Read() => charPos < charLen || Fill() ? chars[charPos++] : -1;

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || (charPos == charLen && !Fill()))
        {
            return 0;
        }

        int n = Math.Min(buffer.Length, charLen - charPos);
        chars.AsSpan(charPos, n).CopyTo(buffer);
        charPos += n;
        return n;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            stream.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Decodes the next buffer of bytes; false at the end of the text.</summary>
    /// <exception cref="InputFormatException">The next bytes are not valid in the encoding, or the byte-order mark and the encoding disagree.</exception>
    private bool Fill()
    {
        charPos = charLen = 0;
        if (pending is { } error)
        {
            throw error;
        }

        while (!ended)
        {
            int have = carry;
            int read;
            do
            {
                read = stream.Read(bytes, have, bytes.Length - have);
                have += read;
            }
            while (read > 0 && encoding is null && have < Gb18030Mark.Length);

            int start = 0;
            if (encoding is null)
            {
                start = Choose(bytes.AsSpan(0, have));
            }

            bool final = read == 0;
            int usable = final ? have : start + CompleteLength(bytes.AsSpan(start, have - start));
            Decode(start, usable - start);
            carry = have - usable;
            bytes.AsSpan(usable, carry).CopyTo(bytes);
            ended = final;
            if (charLen > 0)
            {
                return true;
            }

            if (pending is { } invalid)
            {
                throw invalid;
            }
        }

        return false;
    }

    /// <summary>Chooses the encoding from the byte-order mark and the one requested; returns the mark's length.</summary>
    private int Choose(ReadOnlySpan<byte> start)
    {
        (InputEncoding Mark, Kind Kind, Encoding Encoding, int Length)? mark =
            !detectMark ? null
            : start.StartsWith(Utf8Mark) ? (InputEncoding.Utf8, Kind.Utf8, new UTF8Encoding(false, true), Utf8Mark.Length)
            : start.StartsWith(Utf16LittleEndianMark) ? (InputEncoding.Utf16, Kind.Utf16, new UnicodeEncoding(false, false, true), 2)
            : start.StartsWith(Utf16BigEndianMark) ? (InputEncoding.Utf16, Kind.Utf16, new UnicodeEncoding(true, false, true), 2)
            : start.StartsWith(Gb18030Mark) ? (InputEncoding.Gb18030, Kind.Gb18030, Gb18030(), Gb18030Mark.Length)
            : null;
        if (mark is { } m)
        {
            if (requested != InputEncoding.Detect && requested != m.Mark)
            {
                throw new InputFormatException(source, 1, null, string.Create(CultureInfo.InvariantCulture, $"{source}: line 1: the file starts with the byte-order mark of {Name(m.Mark)}, but the encoding given is {Name(requested)}; leave the encoding out to read it as {Name(m.Mark)}."), null);
            }

            (kind, encoding) = (m.Kind, m.Encoding);
            return m.Length;
        }

        (kind, encoding) = requested switch
        {
            InputEncoding.Gb18030 => (Kind.Gb18030, Gb18030()),
            InputEncoding.Utf16 => (Kind.Utf16, (Encoding)new UnicodeEncoding(false, false, true)),
            _ => (Kind.Utf8, new UTF8Encoding(false, true)),
        };
        return 0;
    }

    private static string Name(InputEncoding encoding) => encoding switch
    {
        InputEncoding.Gb18030 => "GB18030",
        InputEncoding.Utf16 => "UTF-16",
        _ => "UTF-8",
    };

    /// <summary>The length of the bytes that end with a complete character (the rest waits for the next read).</summary>
    private int CompleteLength(ReadOnlySpan<byte> span)
    {
        switch (kind)
        {
            case Kind.Utf16:
                int even = span.Length & ~1;
                return even >= 2 && char.IsHighSurrogate(UnitAt(span, even - 2)) ? even - 2 : even;
            case Kind.Gb18030:
                // A byte below 0x30 is never part of a multi-byte character: walk from the last one.
                int i = span.LastIndexOfAnyInRange((byte)0x00, (byte)0x2F) + 1;
                while (i < span.Length)
                {
                    byte b = span[i];
                    if (b is < 0x81 or 0xFF)
                    {
                        i++;
                    }
                    else if (i + 1 >= span.Length)
                    {
                        return i;
                    }
                    else if (span[i + 1] is >= 0x30 and <= 0x39)
                    {
                        if (i + 3 >= span.Length)
                        {
                            return i;
                        }

                        i += 4;
                    }
                    else
                    {
                        i += 2;
                    }
                }

                return span.Length;
            default:
                for (int k = span.Length - 1; k >= 0 && k >= span.Length - 4; k--)
                {
                    byte b = span[k];
                    if ((b & 0xC0) == 0x80)
                    {
                        continue;
                    }

                    int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                    return k + needed > span.Length ? k : span.Length;
                }

                return span.Length;
        }
    }

    private char UnitAt(ReadOnlySpan<byte> span, int at) => encoding is UnicodeEncoding { CodePage: 1201 }
        ? (char)((span[at] << 8) | span[at + 1])
        : (char)(span[at] | (span[at + 1] << 8));

    /// <summary>Decodes bytes[start..start+count) into the character buffer; invalid bytes leave an error pending after the characters before them.</summary>
    private void Decode(int start, int count)
    {
        var enc = encoding!;
        int max = enc.GetMaxCharCount(Math.Max(count, 1));
        if (chars.Length < max)
        {
            chars = new char[max];
        }

        try
        {
            charLen = enc.GetChars(bytes, start, count, chars, 0);
        }
        catch (DecoderFallbackException ex)
        {
            // The decoders place the invalid bytes differently (UTF-8 at the index, UTF-16 just before it): the
            // characters before them are the longest of those prefixes that decodes.
            int unknownLength = ex.BytesUnknown?.Length ?? 0;
            int bad = 0;
            charLen = 0;
            foreach (int candidate in (ReadOnlySpan<int>)[ex.Index, ex.Index - unknownLength])
            {
                int prefix = Math.Clamp(candidate, 0, count);
                if (TryDecodePrefix(enc, start, prefix))
                {
                    bad = prefix;
                    break;
                }
            }

            CountLineEnds(chars.AsSpan(0, charLen));
            long line = lineEnds + (pendingCarriageReturn ? 1 : 0) + 1;
            var unknown = ex.BytesUnknown is { Length: > 0 } u ? u : bytes.AsSpan(start + bad, Math.Min(4, count - bad)).ToArray();
            string shown = string.Join(' ', unknown.Take(8).Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
            pending = new InputFormatException(source, line, null, string.Create(CultureInfo.InvariantCulture, $"{source}: line {line}: {(unknown.Length == 1 ? "the byte" : "the bytes")} {shown} {(unknown.Length == 1 ? "is" : "are")} not valid {EncodingName}; {Advice()}"), ex);
            ended = true;
            return;
        }

        CountLineEnds(chars.AsSpan(0, charLen));
    }

    private bool TryDecodePrefix(Encoding enc, int start, int count)
    {
        try
        {
            charLen = count > 0 ? enc.GetChars(bytes, start, count, chars, 0) : 0;
            return true;
        }
        catch (DecoderFallbackException)
        {
            charLen = 0;
            return false;
        }
    }

    private string Advice() => kind switch
    {
        Kind.Utf8 => "if the file was saved as GBK or GB18030 (as Excel saves \"CSV\" on Chinese Windows), read it as GB18030 (--encoding gb18030).",
        Kind.Gb18030 => "is the file in another encoding? Try --encoding utf-8 or --encoding utf-16.",
        _ => "the file is not valid UTF-16 text (an unpaired surrogate, or an odd number of bytes); is it in another encoding? Try --encoding utf-8 or --encoding gb18030.",
    };

    private void CountLineEnds(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (pendingCarriageReturn && text[0] != '\n')
        {
            lineEnds++;
        }

        lineEnds += text.Count('\n');
        if (text.Contains('\r'))
        {
            for (int i = 0; i < text.Length - 1; i++)
            {
                if (text[i] == '\r' && text[i + 1] != '\n')
                {
                    lineEnds++;
                }
            }
        }

        pendingCarriageReturn = text[^1] == '\r';
    }
}
