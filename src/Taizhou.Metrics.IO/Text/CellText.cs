using System;
using System.Globalization;
using System.Text;

namespace Taizhou.Metrics.IO.Text;

/// <summary>
/// Text taken from a user's file, made safe to quote in a message: at most <see cref="MaxLength"/> characters (longer
/// text is cut with "…" and its length said), and control characters (a terminal's escape sequences among them) shown
/// as <c>\u001B</c>, tabs and line breaks as <c>\t</c>, <c>\r</c>, <c>\n</c>.
/// </summary>
internal static class CellText
{
    /// <summary>The most characters of a cell a message quotes.</summary>
    public const int MaxLength = 80;

    /// <summary>Returns the text in single quotes, cut and escaped for a message.</summary>
    /// <param name="text">The text from the file.</param>
    /// <returns>The quoted text.</returns>
    public static string Quote(ReadOnlySpan<char> text)
    {
        var b = new StringBuilder(Math.Min(text.Length, MaxLength) + 16);
        b.Append('\'');
        int shown = Math.Min(text.Length, MaxLength);
        if (shown < text.Length && char.IsHighSurrogate(text[shown - 1]))
        {
            shown--;
        }

        foreach (char c in text[..shown])
        {
            Append(b, c);
        }

        b.Append('\'');
        if (shown < text.Length)
        {
            b.Append(CultureInfo.InvariantCulture, $"… ({text.Length:N0} characters)");
        }

        return b.ToString();
    }

    /// <summary>Returns the text escaped (control characters shown as <c>\uXXXX</c>), uncut and unquoted.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(ReadOnlySpan<char> text)
    {
        if (!ContainsControl(text))
        {
            return text.ToString();
        }

        var b = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            Append(b, c);
        }

        return b.ToString();
    }

    private static bool ContainsControl(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    // C0 and C1 controls, DEL, and the bidirectional overrides and isolates that can make a message read backwards.
    private static bool IsControl(char c) => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static void Append(StringBuilder b, char c)
    {
        switch (c)
        {
            case '\t':
                b.Append("\\t");
                break;
            case '\r':
                b.Append("\\r");
                break;
            case '\n':
                b.Append("\\n");
                break;
            default:
                if (IsControl(c))
                {
                    b.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                }
                else
                {
                    b.Append(c);
                }

                break;
        }
    }
}
