using System;
using System.Text;

namespace Taizhou.Metrics.Text;

/// <summary>Escapes text for HTML element content and attribute values: &amp;, &lt;, &gt;, " and '.</summary>
internal static class HtmlText
{
    /// <summary>Returns the text with the five HTML-significant characters as character references.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text, safe inside an element or a quoted attribute.</returns>
    public static string Escape(ReadOnlySpan<char> text)
    {
        var b = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            b.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            });
            if (c is not ('&' or '<' or '>' or '"' or '\''))
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }
}
