using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Taizhou.Metrics.IO.Text;

/// <summary>
/// Detects the delimiter of a table from its header line (docs/input.md): the header is the first line that is not
/// blank; of the candidates comma, tab and semicolon, the one that occurs in it outside double quotes is the delimiter;
/// none is a one-column table (read with a comma); more than one is an error naming them.
/// </summary>
internal static class DelimiterDetection
{
    /// <summary>The delimiters a table may have: comma, tab and semicolon.</summary>
    public static readonly char[] Candidates = [',', '\t', ';'];

    /// <summary>Reads the text up to the end of its header line and chooses the delimiter.</summary>
    /// <param name="reader">The text; it is read past the header line.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="replay">A reader that gives the whole text again, the header line first; it disposes <paramref name="reader"/>.</param>
    /// <returns>The delimiter.</returns>
    /// <exception cref="InputFormatException">The header line holds more than one of the candidates, or the text cannot be decoded.</exception>
    public static char Detect(TextReader reader, string source, out TextReader replay)
    {
        var read = new StringBuilder();
        var chunk = new char[4096];
        int lineStart = 0;
        int scanned = 0;
        long line = 1;
        bool quoted = false;
        while (true)
        {
            // Scan what is read so far for the end of the first line that is not blank.
            for (; scanned < read.Length; scanned++)
            {
                char c = read[scanned];
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && c is '\n' or '\r')
                {
                    string candidate = read.ToString(lineStart, scanned - lineStart);
                    if (!IsBlank(candidate))
                    {
                        replay = new ReplayReader(read.ToString(), reader);
                        return Choose(candidate, source, line);
                    }

                    if (c == '\r' && scanned + 1 < read.Length && read[scanned + 1] == '\n')
                    {
                        scanned++;
                    }
                    else if (c == '\r' && scanned + 1 == read.Length)
                    {
                        // A carriage return at the end of what is read: wait for the next character to count the line.
                        break;
                    }

                    line++;
                    lineStart = scanned + 1;
                }
            }

            int n = reader.Read(chunk, 0, chunk.Length);
            if (n == 0)
            {
                replay = new ReplayReader(read.ToString(), reader);
                return Choose(read.ToString(lineStart, read.Length - lineStart), source, line);
            }

            read.Append(chunk, 0, n);
        }
    }

    private static bool IsBlank(string line) => line.All(c => c is ' ' or '\u3000' or ',' or '\t' or ';');

    private static char Choose(string header, string source, long line)
    {
        var found = new List<char>();
        bool quoted = false;
        foreach (char c in header)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && Candidates.Contains(c) && !found.Contains(c))
            {
                found.Add(c);
            }
        }

        return found.Count switch
        {
            0 => ',',
            1 => found[0],
            _ => throw new InputFormatException(source, line, null, string.Create(CultureInfo.InvariantCulture, $"{source}: line {line}: the header holds {string.Join(" and ", Candidates.Where(found.Contains).Select(Name))}: which one separates the columns? Give the delimiter (--delimiter , | tab | ;)."), null),
        };
    }

    /// <summary>Whether a delimiter is one options take: null (detect) or one of <see cref="Candidates"/>; the one rule for the table and the panel options.</summary>
    /// <param name="value">The delimiter, or null.</param>
    /// <returns><see langword="true"/> for null, a comma, a tab or a semicolon.</returns>
    public static bool IsAllowed(char? value) => value is null || Candidates.Contains(value.Value);

    /// <summary>The name of a delimiter for messages: ',' , tab or ';'.</summary>
    /// <param name="delimiter">The delimiter.</param>
    /// <returns>The name.</returns>
    public static string Name(char delimiter) => delimiter == '\t' ? "tab" : $"'{delimiter}'";

    /// <summary>Gives text read ahead again, then the rest of the reader.</summary>
    private sealed class ReplayReader(string prefix, TextReader rest) : TextReader
    {
        private int pos;

        public override int Peek() => pos < prefix.Length ? prefix[pos] : rest.Peek();

        public override int Read() => pos < prefix.Length ? prefix[pos++] : rest.Read();

        public override int Read(char[] buffer, int index, int count)
        {
            if (pos < prefix.Length)
            {
                int n = Math.Min(count, prefix.Length - pos);
                prefix.CopyTo(pos, buffer, index, n);
                pos += n;
                return n;
            }

            return rest.Read(buffer, index, count);
        }

        public override int Read(Span<char> buffer)
        {
            if (pos < prefix.Length)
            {
                int n = Math.Min(buffer.Length, prefix.Length - pos);
                prefix.AsSpan(pos, n).CopyTo(buffer);
                pos += n;
                return n;
            }

            return rest.Read(buffer);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
