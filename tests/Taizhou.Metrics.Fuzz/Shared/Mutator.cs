using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Taizhou.Metrics.Fuzz;

/// <summary>
/// Draws "almost valid" inputs from a seeded <see cref="System.Random"/>: edits of a valid text (its fields, quotes,
/// delimiters, line ends and lines), of its bytes (bits, bytes, byte-order marks, invalid sequences) and of its
/// encoding, plus random text over a given alphabet. The same seed gives the same inputs on every machine.
/// </summary>
/// <remarks>
/// Shared as source by the bounded random-input tests of the three test projects (tests/*/Fuzz/) and the SharpFuzz
/// harness, whose fuzzers mutate by themselves: the harness uses it for its <c>--smoke</c> runs without a fuzzer.
/// </remarks>
internal sealed class Mutator
{
    /// <summary>Cells that are valid in some column and edge-case or invalid in others.</summary>
    public static readonly string[] Tokens =
    [
        string.Empty, " ", "\t", "\"", "\"\"", "\"\"\"", "'", ",", ";", "\u3000", "\u00A0", "\uFEFF",
        "0", "-0", "+1", "-1", "00", "1.", ".5", "-.5", "1e3", "1E+400", "-1e-400", "NaN", "Infinity", "-Infinity", "∞",
        "1,234.5", "1 234,5", "１２３", "١٢٣", "0x10", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335",
        "0.0000000000000000000000000001", "0.00000000000000000000000000001", "1.00000000000000000000000000001",
        "12345678901234567890.123456789012", "1.7976931348623157E+308", "4.9E-324", "99999999999999999999999999999999",
        "9999-12", "0001-01", "0000-01", "10000-01", "9999", "0001", "0000", "9999年12月", "0001年1月", "2018年13月",
        "2018-00", "2018-13", "2018Q0", "2018Q5", "2018H3", "2018-06..01", "2018-01..13", "2018-05/03", "2018年1-1月",
        "２０１８年６月", "2018年 1-6月", "2018年第五季度", "2018年上半年", "2018年全年", "2018年1月累計", "2018年1-2月合計",
        "202401", "202413", "000001", "999912", "-202401", "3670", "C3670", "Z3670", "0000", "9700", "9800", "367",
        "yuan", "wan", "yi", "YI", "億元", "亿元", "萬元", "個", "%", "指數", "İNDEX", "ındex",
        "2021-07-01", "2021-02-30", "0001-01-01", "9999-12-31", "2021/07/01", "-",
        "\u202Eevil", "\u001B[31m", "\u2028", "\u0085", "😀", "𠀀", "é", "e\u0301",
    ];

    private static readonly string[] LineEnds = ["\n", "\r\n", "\r"];

    /// <summary>Initializes a mutator.</summary>
    /// <param name="seed">The seed: the same seed gives the same inputs.</param>
    public Mutator(int seed)
    {
        Seed = seed;
        Random = new Random(seed);
    }

    /// <summary>Gets the seed.</summary>
    public int Seed { get; }

    /// <summary>Gets the random source, for choices of the caller.</summary>
    public Random Random { get; }

    /// <summary>An encoding of a text file, and the <c>--encoding</c> value that reads it (null: detected).</summary>
    /// <param name="Name">A short name, for messages.</param>
    /// <param name="Option">The value of <c>--encoding</c>, or null when the encoding is detected from the mark or is UTF-8.</param>
    internal sealed record FileEncoding(string Name, string? Option);

    /// <summary>Returns whether bytes hold U+FFFD in one of the encodings the readers accept (so an output may too).</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>True when the bytes hold EF BF BD (UTF-8), FD FF or FF FD (UTF-16) or 84 31 A4 37 (GB18030).</returns>
    public static bool MayHoldReplacementCharacter(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf([(byte)0xEF, (byte)0xBF, (byte)0xBD]) >= 0
        || bytes.IndexOf([(byte)0xFD, (byte)0xFF]) >= 0
        || bytes.IndexOf([(byte)0xFF, (byte)0xFD]) >= 0
        || bytes.IndexOf([(byte)0x84, (byte)0x31, (byte)0xA4, (byte)0x37]) >= 0;

    /// <summary>Shows text with control characters escaped, for a failure message.</summary>
    /// <param name="text">The text.</param>
    /// <param name="max">The most characters shown.</param>
    /// <returns>The escaped text.</returns>
    public static string Show(string text, int max = 400)
    {
        var b = new StringBuilder();
        foreach (char c in text.Length > max ? text[..max] : text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF' or (>= '\u202A' and <= '\u202E'))
            {
                b.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                b.Append(c);
            }
        }

        return text.Length > max ? b.Append(CultureInfo.InvariantCulture, $"… ({text.Length} characters)").ToString() : b.ToString();
    }

    /// <summary>Shows bytes in hexadecimal, for a failure message.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="max">The most bytes shown.</param>
    /// <returns>The bytes, such as <c>EF BB BF 61</c>.</returns>
    public static string Show(ReadOnlySpan<byte> bytes, int max = 200) =>
        Convert.ToHexString(bytes[..Math.Min(bytes.Length, max)]) + (bytes.Length > max ? $"… ({bytes.Length} bytes)" : string.Empty);

    /// <summary>Returns a random element.</summary>
    /// <typeparam name="T">The type of the elements.</typeparam>
    /// <param name="items">The elements, at least one.</param>
    /// <returns>One of them.</returns>
    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>Returns random text of up to <paramref name="maxLength"/> characters drawn from an alphabet and from <see cref="Tokens"/>.</summary>
    /// <param name="alphabet">The characters.</param>
    /// <param name="maxLength">The most characters (tokens may go a little over).</param>
    /// <returns>The text.</returns>
    public string RandomText(string alphabet, int maxLength)
    {
        int length = Random.Next(maxLength + 1);
        var b = new StringBuilder(length);
        while (b.Length < length)
        {
            if (Random.Next(8) == 0)
            {
                b.Append(Pick(Tokens));
            }
            else
            {
                b.Append(alphabet[Random.Next(alphabet.Length)]);
            }
        }

        return b.ToString();
    }

    /// <summary>Applies one to <paramref name="maxEdits"/> character-level edits to a short text (a cell, a period, a number).</summary>
    /// <param name="text">The valid text.</param>
    /// <param name="alphabet">Characters to insert or substitute.</param>
    /// <param name="maxEdits">The most edits.</param>
    /// <returns>The edited text.</returns>
    public string MutateWord(string text, string alphabet, int maxEdits = 3)
    {
        var b = new StringBuilder(text);
        int edits = 1 + Random.Next(maxEdits);
        for (int e = 0; e < edits; e++)
        {
            int at = Random.Next(b.Length + 1);
            switch (Random.Next(8))
            {
                case 0:
                    b.Insert(at, alphabet[Random.Next(alphabet.Length)]);
                    break;
                case 1 when b.Length > 0:
                    b.Remove(Math.Min(at, b.Length - 1), 1);
                    break;
                case 2 when b.Length > 0:
                    b[Math.Min(at, b.Length - 1)] = alphabet[Random.Next(alphabet.Length)];
                    break;
                case 3 when b.Length > 0:
                    int from = Math.Min(at, b.Length - 1);
                    b.Insert(from, b.ToString(from, Random.Next(1, b.Length - from + 1)));
                    break;
                case 4:
                    b.Insert(at, Pick(Tokens));
                    break;
                case 5:
                    b.Insert(at, Pick<string>([" ", "\u3000", "\t", "\n", "\r\n", "\u00A0", "\u200B"]));
                    break;
                case 6 when b.Length > 1:
                    int i = Random.Next(b.Length - 1);
                    (b[i], b[i + 1]) = (b[i + 1], b[i]);
                    break;
                default:
                    return b.Length > 0 && Random.Next(2) == 0 ? b.ToString(0, Random.Next(b.Length)) : Pick(Tokens);
            }
        }

        return b.ToString();
    }

    /// <summary>
    /// Applies one to <paramref name="maxEdits"/> edits to the lines of a valid CSV file: a cell replaced by a token or
    /// edited, a field added or removed, quotes added, removed or left open, a delimiter changed, a line swapped,
    /// duplicated, deleted or cut, a blank line added; then joins the lines with one or mixed line ends.
    /// </summary>
    /// <param name="lines">The valid file's lines (the header first), without line ends.</param>
    /// <param name="maxEdits">The most edits.</param>
    /// <returns>The edited text.</returns>
    public string MutateCsv(IReadOnlyList<string> lines, int maxEdits = 3)
    {
        var l = lines.ToList();
        int edits = 1 + Random.Next(maxEdits);
        for (int e = 0; e < edits && l.Count > 0; e++)
        {
            int row = Random.Next(l.Count);
            string line = l[row];
            var fields = line.Split(',').ToList();
            int f = Random.Next(fields.Count);
            switch (Random.Next(16))
            {
                case 0:
                case 1:
                case 2:
                    fields[f] = Pick(Tokens);
                    l[row] = string.Join(',', fields);
                    break;
                case 3:
                case 4:
                    fields[f] = MutateWord(fields[f], "0123456789.-+,\"年月Q ");
                    l[row] = string.Join(',', fields);
                    break;
                case 5:
                    fields.Insert(f, Pick(Tokens));
                    l[row] = string.Join(',', fields);
                    break;
                case 6 when fields.Count > 1:
                    fields.RemoveAt(f);
                    l[row] = string.Join(',', fields);
                    break;
                case 7:
                    fields[f] = Random.Next(3) switch
                    {
                        0 => "\"" + fields[f].Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
                        1 => "\"" + fields[f],
                        _ => " \"" + fields[f] + "\" x",
                    };
                    l[row] = string.Join(',', fields);
                    break;
                case 8:
                    l[row] = line.Replace(',', Pick([';', '\t', '|', '，']));
                    break;
                case 9 when l.Count > 1:
                    int other = Random.Next(l.Count);
                    (l[row], l[other]) = (l[other], l[row]);
                    break;
                case 10:
                    l.Insert(row, line);
                    break;
                case 11:
                    l.RemoveAt(row);
                    break;
                case 12:
                    l[row] = line[..Random.Next(line.Length + 1)];
                    break;
                case 13:
                    l.Insert(row, Pick<string>(["", " ", ",,,", "\t", "\"\"", "\"", "#"]));
                    break;
                case 14:
                    int at = Random.Next(line.Length + 1);
                    l[row] = line.Insert(at, Pick<string>(["\0", "\"", "\r", "\n", "\r\n", ",", "\u0085", "\u2028", "\uFEFF"]));
                    break;
                default:
                    fields[f] = RandomText("0123456789-.,\" 年月", 12);
                    l[row] = string.Join(',', fields);
                    break;
            }
        }

        return JoinLines(l);
    }

    /// <summary>Joins lines with one kind of line end, or mixed ones, with or without one after the last line.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>The text.</returns>
    public string JoinLines(IReadOnlyList<string> lines)
    {
        bool mixed = Random.Next(6) == 0;
        string end = Pick(LineEnds);
        var b = new StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            b.Append(lines[i]);
            if (i < lines.Count - 1 || Random.Next(4) != 0)
            {
                b.Append(mixed ? Pick(LineEnds) : end);
            }
        }

        return b.ToString();
    }

    /// <summary>Encodes text in an encoding the readers accept, with or without its byte-order mark.</summary>
    /// <param name="text">The text.</param>
    /// <param name="encoding">The encoding used, and the <c>--encoding</c> value that reads it.</param>
    /// <returns>The bytes.</returns>
    public byte[] Encode(string text, out FileEncoding encoding)
    {
        switch (Random.Next(10))
        {
            case 0:
                encoding = new("utf-8 with mark", null);
                return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
            case 1:
                encoding = new("utf-16le with mark", null);
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
            case 2:
                encoding = new("utf-16be with mark", null);
                return [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)];
            case 3:
                encoding = new("utf-16le", "utf-16");
                return Encoding.Unicode.GetBytes(text);
            case 4:
                encoding = new("gb18030", "gb18030");
                return Gb18030.GetBytes(text);
            case 5:
                // Bytes in one encoding read as another: must be refused or read as what they are, never replaced.
                encoding = new("gb18030 read as utf-8", "utf-8");
                return Gb18030.GetBytes(text);
            default:
                encoding = new("utf-8", Random.Next(3) == 0 ? "utf-8" : null);
                return Encoding.UTF8.GetBytes(text);
        }
    }

    /// <summary>
    /// Applies one to <paramref name="maxEdits"/> byte-level edits: a bit flipped, a byte set, bytes inserted,
    /// deleted or duplicated, the end cut, a byte-order mark or an invalid UTF-8 sequence inserted.
    /// </summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="maxEdits">The most edits.</param>
    /// <returns>The edited bytes (a new array).</returns>
    public byte[] MutateBytes(byte[] bytes, int maxEdits = 3)
    {
        var b = new List<byte>(bytes);
        int edits = 1 + Random.Next(maxEdits);
        for (int e = 0; e < edits; e++)
        {
            int at = Random.Next(b.Count + 1);
            int last = Math.Max(0, Math.Min(at, b.Count - 1));
            switch (Random.Next(9))
            {
                case 0 when b.Count > 0:
                    b[last] ^= (byte)(1 << Random.Next(8));
                    break;
                case 1 when b.Count > 0:
                    b[last] = (byte)Random.Next(256);
                    break;
                case 2:
                    b.InsertRange(at, Enumerable.Range(0, Random.Next(1, 5)).Select(_ => (byte)Random.Next(256)));
                    break;
                case 3 when b.Count > 0:
                    b.RemoveRange(last, Math.Min(Random.Next(1, 9), b.Count - last));
                    break;
                case 4 when b.Count > 0:
                    b.InsertRange(last, b.GetRange(last, Math.Min(Random.Next(1, 65), b.Count - last)));
                    break;
                case 5:
                    b.RemoveRange(at, b.Count - at);
                    break;
                case 6:
                    b.InsertRange(Random.Next(2) == 0 ? 0 : at, Pick<byte[]>([[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x84, 0x31, 0x95, 0x33]]));
                    break;
                case 7:
                    b.InsertRange(at, Pick<byte[]>([[0x80], [0xC0, 0xAF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xE4, 0xB8], [0x00, 0xD8], [0xD8, 0x00]]));
                    break;
                default:
                    if (b.Count > 0)
                    {
                        b[last] = Pick<byte>([0x00, 0x0A, 0x0D, 0x22, 0x2C, 0x20, 0x7F, 0xFF]);
                    }

                    break;
            }
        }

        return [.. b];
    }

    private static Encoding Gb18030 => CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
}
