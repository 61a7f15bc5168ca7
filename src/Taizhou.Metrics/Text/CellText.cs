using System;
using System.Globalization;
using System.Text;

namespace Taizhou.Metrics.Text;

/// <summary>
/// Text taken from a user's file, made safe to put in a one-line message: control characters (line breaks and a
/// terminal's escape sequences among them), bidirectional controls, line and paragraph separators and the byte-order
/// mark shown as <c>\uXXXX</c>, and at most <see cref="MaxLength"/> characters kept, then "…".
/// </summary>
internal static class CellText
{
    /// <summary>The most characters (Unicode scalar values) of a file's text a message quotes.</summary>
    public const int MaxLength = 80;

    /// <summary>Returns the text in single quotes, escaped and cut, with its length when it was cut.</summary>
    /// <param name="text">The text from the file.</param>
    /// <returns>The quoted text, such as <c>'abc'</c> or <c>'abc…' (1,000 characters)</c>.</returns>
    public static string Quote(ReadOnlySpan<char> text)
    {
        var b = new StringBuilder(Math.Min(text.Length, MaxLength) + 32);
        b.Append('\'');
        bool cut = Append(b, text, MaxLength);
        b.Append('\'');
        if (cut)
        {
            b.Append(CultureInfo.InvariantCulture, $" ({text.Length:N0} characters)");
        }

        return b.ToString();
    }

    /// <summary>Returns the text escaped and cut to <see cref="MaxLength"/> characters, then "…", without quotes.</summary>
    /// <param name="text">The text from the file.</param>
    /// <returns>The text to quote.</returns>
    public static string Shorten(ReadOnlySpan<char> text)
    {
        var b = new StringBuilder(Math.Min(text.Length, MaxLength) + 8);
        Append(b, text, MaxLength);
        return b.ToString();
    }

    /// <summary>Returns the text escaped but not cut (for lists the message itself built, such as a header's names).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(ReadOnlySpan<char> text)
    {
        var b = new StringBuilder(text.Length + 8);
        Append(b, text, int.MaxValue);
        return b.ToString();
    }

    /// <summary>Appends at most <paramref name="limit"/> characters escaped, then "…" if there were more; true when cut.</summary>
    private static bool Append(StringBuilder b, ReadOnlySpan<char> text, int limit)
    {
        int kept = 0;
        while (!text.IsEmpty)
        {
            if (kept == limit)
            {
                b.Append('…');
                return true;
            }

            // A lone surrogate is shown as its code unit, never replaced by U+FFFD.
            var status = Rune.DecodeFromUtf16(text, out var rune, out int used);
            int v = status == System.Buffers.OperationStatus.Done ? rune.Value : text[0];
            if (status != System.Buffers.OperationStatus.Done || Rune.IsControl(rune) || v is 0x2028 or 0x2029 or 0x200E or 0x200F or 0xFEFF or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069))
            {
                b.Append(CultureInfo.InvariantCulture, $"\\u{v:x4}");
                used = 1;
            }
            else
            {
                b.Append(text[..used]);
            }

            text = text[used..];
            kept++;
        }

        return false;
    }
}
