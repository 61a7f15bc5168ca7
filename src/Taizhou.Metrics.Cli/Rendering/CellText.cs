using System;
using System.Globalization;
using System.Text;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Quotes text that came from the user (a cell, an option's value, a part's name) for a message on the terminal:
/// at most <see cref="MaxLength"/> characters of it, with control characters escaped so that a cell cannot move the
/// cursor, change colours or reorder the line.
/// </summary>
internal static class CellText
{
    /// <summary>The most characters (Unicode scalar values) of the text a quotation shows.</summary>
    public const int MaxLength = 80;

    /// <summary>
    /// Quotes a text in single quotes: <c>'2021:5000'</c>. A text longer than <see cref="MaxLength"/> characters is cut
    /// there and ends in <c>…</c> inside the quotes; control characters (C0, DEL, C1) and the bidirectional controls
    /// (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) are written as <c>\u001B</c>-style escapes; a lone surrogate
    /// is written as <c>\uD800</c>. Null quotes as <c>''</c>.
    /// </summary>
    /// <param name="text">The text, as the user gave it.</param>
    /// <returns>The quotation, safe to print on one line of a terminal.</returns>
    public static string Quote(string? text)
    {
        text ??= string.Empty;
        var sb = new StringBuilder(System.Math.Min(text.Length, MaxLength) + 8);
        sb.Append('\'');
        int shown = 0;
        for (int i = 0; i < text.Length;)
        {
            if (shown == MaxLength)
            {
                sb.Append('…');
                break;
            }

            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out int used) != System.Buffers.OperationStatus.Done)
            {
                Escape(sb, text[i]);
                i++;
            }
            else
            {
                if (IsUnsafe(rune.Value))
                {
                    Escape(sb, rune.Value);
                }
                else
                {
                    sb.Append(text, i, used);
                }

                i += used;
            }

            shown++;
        }

        return sb.Append('\'').ToString();
    }

    /// <summary>
    /// Escapes the control characters of a whole message, as <see cref="Quote"/> does, without quoting or cutting it:
    /// a message that goes to the terminal stays on one line and cannot drive the terminal.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with every control character escaped.</returns>
    public static string Escape(string text)
    {
        int i = 0;
        while (i < text.Length && !char.IsSurrogate(text[i]) && !IsUnsafe(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, i);
        while (i < text.Length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out int used) != System.Buffers.OperationStatus.Done)
            {
                Escape(sb, text[i]);
                i++;
                continue;
            }

            if (IsUnsafe(rune.Value))
            {
                Escape(sb, rune.Value);
            }
            else
            {
                sb.Append(text, i, used);
            }

            i += used;
        }

        return sb.ToString();
    }

    private static bool IsUnsafe(int c) =>
        c is < 0x20 or (>= 0x7F and <= 0x9F) or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    private static void Escape(StringBuilder sb, int c) => sb.Append("\\u").Append(c.ToString("X4", CultureInfo.InvariantCulture));
}
