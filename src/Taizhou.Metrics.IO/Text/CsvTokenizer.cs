using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.IO.Text;

/// <summary>
/// Splits delimited text into records and fields under the one policy every CSV reader of the project applies
/// (docs/input.md):
/// <list type="bullet">
/// <item>a line feed, a carriage return and line feed, or a carriage return alone ends a record (outside quotes);</item>
/// <item>a field that starts with a double quote (after optional spaces) is quoted: it runs to the closing quote, may
/// hold delimiters and line breaks, and <c>""</c> in it is one quote; after the closing quote only spaces may come
/// before the delimiter or the end of the line; a quote anywhere else is an ordinary character;</item>
/// <item>a blank record — an empty line, or a line of spaces and delimiters only — is skipped wherever it is (a trailing
/// one too): it holds no value;</item>
/// <item>after the header, every record has exactly as many fields as the header (more fields usually mean a number
/// written with a thousands separator, such as 1,234.5, without quotes);</item>
/// <item>a NUL character (U+0000) is an error: the file is binary, or UTF-16 read as UTF-8;</item>
/// <item>the header's names are trimmed, and each must be non-empty and unique.</item>
/// </list>
/// Every error is an <see cref="InputFormatException"/> naming the file and the physical line the record starts on.
/// </summary>
internal sealed class CsvTokenizer : IDisposable
{
    private const int BufferSize = 1 << 16;

    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly char[] buffer = new char[BufferSize];
    private readonly List<int> fieldStarts = [];
    private readonly List<int> fieldLengths = [];
    private readonly List<bool> fieldQuoted = [];
    private char[] fields = new char[256];
    private int used;
    private int pos;
    private int len;
    private bool atEnd;
    private long line = 1;
    private int expectedFields = -1;

    /// <summary>Initializes a tokenizer over a reader.</summary>
    /// <param name="reader">The text (a <see cref="DecodingReader"/> for a file).</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="firstLine">The physical line the text starts on (1 for a whole file).</param>
    public CsvTokenizer(TextReader reader, string source, char delimiter = ',', long firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        this.reader = reader;
        Source = source;
        this.delimiter = delimiter;
        line = firstLine;
    }

    /// <summary>Gets the file's name, for messages.</summary>
    public string Source { get; }

    /// <summary>Gets the physical line the current record starts on.</summary>
    public long RecordLine { get; private set; }

    /// <summary>Gets the physical line of the header, once it is read (blank lines may come before it).</summary>
    public long HeaderLine { get; private set; }

    /// <summary>Gets the number of fields of the current record.</summary>
    public int FieldCount => fieldStarts.Count;

    /// <summary>Returns a field of the current record, untrimmed (quotes removed, <c>""</c> made one quote).</summary>
    /// <param name="index">The 0-based field.</param>
    /// <returns>The field's characters, valid until the next record is read.</returns>
    public ReadOnlySpan<char> Field(int index) => fields.AsSpan(fieldStarts[index], fieldLengths[index]);

    /// <summary>Returns whether a field of the current record was quoted (a quoted number may hold thousands separators).</summary>
    /// <param name="index">The 0-based field.</param>
    /// <returns><see langword="true"/> when the field was written in double quotes.</returns>
    public bool IsQuoted(int index) => fieldQuoted[index];

    /// <summary>Reads the header: the first record that is not blank, its names trimmed.</summary>
    /// <returns>The names.</returns>
    /// <exception cref="InputFormatException">The text is empty, or a name is empty or repeated.</exception>
    public IReadOnlyList<string> ReadHeader()
    {
        if (!ReadRecord())
        {
            throw Error(null, "the file is empty; expected a header row.");
        }

        var names = new string[FieldCount];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = Field(i).Trim().ToString();
            if (names[i].Length == 0)
            {
                throw Error(RecordLine, string.Create(CultureInfo.InvariantCulture, $"column {i + 1} of the header has no name (the header is: {CellText.Escape(string.Join(",", names[..i]))}…)."));
            }

            if (!seen.TryAdd(names[i], i))
            {
                throw Error(RecordLine, $"column {CellText.Quote(names[i])} appears twice in the header.");
            }
        }

        expectedFields = names.Length;
        HeaderLine = RecordLine;
        return names;
    }

    /// <summary>Reads the next record that is not blank; after the header it must have as many fields as the header.</summary>
    /// <returns>False at the end of the text.</returns>
    /// <exception cref="InputFormatException">The record breaks the policy (see the class summary), or the text cannot be decoded.</exception>
    public bool Read()
    {
        if (!ReadRecord())
        {
            return false;
        }

        if (expectedFields >= 0 && FieldCount != expectedFields)
        {
            string hint = FieldCount > expectedFields
                ? " A number with a thousands separator, such as 1,234.5, must be quoted (\"1,234.5\") or written without it."
                : string.Empty;
            throw Error(RecordLine, string.Create(CultureInfo.InvariantCulture, $"{FieldCount} fields, but the header has {expectedFields}.{hint}"));
        }

        return true;
    }

    /// <inheritdoc/>
    public void Dispose() => reader.Dispose();

    /// <summary>An error at a line of the file, as the readers report it.</summary>
    /// <param name="at">The line, or null.</param>
    /// <param name="what">What is wrong.</param>
    /// <returns>The exception.</returns>
    public InputFormatException Error(long? at, string what) => new(
        Source,
        at,
        null,
        at is long l ? string.Create(CultureInfo.InvariantCulture, $"{Source}: line {l}: {what}") : $"{Source}: {what}",
        null);

    /// <summary>Reads the next record that is not blank, with no check of its field count.</summary>
    private bool ReadRecord()
    {
        while (true)
        {
            if (!ReadAnyRecord())
            {
                return false;
            }

            if (!IsBlank())
            {
                return true;
            }
        }
    }

    private bool IsBlank()
    {
        for (int i = 0; i < FieldCount; i++)
        {
            if (!Field(i).IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    private bool ReadAnyRecord()
    {
        fieldStarts.Clear();
        fieldLengths.Clear();
        fieldQuoted.Clear();
        used = 0;
        if (Peek() < 0)
        {
            return false;
        }

        RecordLine = line;
        while (true)
        {
            bool endOfRecord = ReadField();
            if (endOfRecord)
            {
                return true;
            }
        }
    }

    /// <summary>Reads one field and what ends it; true when a line end or the end of the text ends the record.</summary>
    private bool ReadField()
    {
        int start = used;
        int c = Next();

        // Spaces before an opening quote are not part of the field.
        while (c is ' ' or '\t' && c != delimiter)
        {
            Append((char)c);
            c = Next();
        }

        if (c == '"')
        {
            used = start;
            return ReadQuoted(start);
        }

        while (true)
        {
            if (c < 0)
            {
                EndField(start);
                return true;
            }

            if (c == delimiter)
            {
                EndField(start);
                return false;
            }

            if (c is '\n' or '\r')
            {
                EndLine(c);
                EndField(start);
                return true;
            }

            if (c == '\0')
            {
                throw Error(line, "a NUL character (U+0000): the file is not text, or it is UTF-16 read as another encoding (try --encoding utf-16).");
            }

            Append((char)c);
            c = Next();
        }
    }

    private bool ReadQuoted(int start)
    {
        long opened = line;
        while (true)
        {
            int c = Next();
            if (c < 0)
            {
                throw Error(opened, "a quoted field opened on this line is not closed before the end of the file.");
            }

            if (c == '"')
            {
                if (Peek() == '"')
                {
                    Next();
                    Append('"');
                    continue;
                }

                break;
            }

            if (c == '\0')
            {
                throw Error(line, "a NUL character (U+0000): the file is not text, or it is UTF-16 read as another encoding (try --encoding utf-16).");
            }

            if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                line++;
            }

            Append((char)c);
        }

        EndField(start, quoted: true);
        while (true)
        {
            int c = Next();
            if (c < 0)
            {
                return true;
            }

            if (c == delimiter)
            {
                return false;
            }

            if (c is '\n' or '\r')
            {
                EndLine(c);
                return true;
            }

            if (c is not (' ' or '\t'))
            {
                // An astral character is two UTF-16 units: quote both, not a lone surrogate (shown as U+FFFD).
                int low = char.IsHighSurrogate((char)c) ? Peek() : -1;
                string after = low >= 0 && char.IsLowSurrogate((char)low) ? new string([(char)c, (char)low]) : ((char)c).ToString();
                throw Error(line, string.Create(CultureInfo.InvariantCulture, $"field {FieldCount} has text after its closing quote ({CellText.Quote(after)}); a quote inside a quoted field is written twice (\"\")."));
            }
        }
    }

    private void EndLine(int c)
    {
        if (c == '\r' && Peek() == '\n')
        {
            Next();
        }

        line++;
    }

    private void EndField(int start, bool quoted = false)
    {
        fieldStarts.Add(start);
        fieldLengths.Add(used - start);
        fieldQuoted.Add(quoted);
    }

    private void Append(char c)
    {
        if (used == fields.Length)
        {
            Array.Resize(ref fields, fields.Length * 2);
        }

        fields[used++] = c;
    }

    private int Peek()
    {
        if (pos == len && !FillBuffer())
        {
            return -1;
        }

        return buffer[pos];
    }

    private int Next()
    {
        if (pos == len && !FillBuffer())
        {
            return -1;
        }

        return buffer[pos++];
    }

    private bool FillBuffer()
    {
        if (atEnd)
        {
            return false;
        }

        pos = 0;
        len = reader.Read(buffer, 0, buffer.Length);
        atEnd = len == 0;
        return !atEnd;
    }
}
