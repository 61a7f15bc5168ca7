namespace Taizhou.Metrics.IO;

/// <summary>
/// The character encoding of a text file the readers take (CSV): detected from its byte-order mark, or given.
/// </summary>
/// <remarks>
/// <para>
/// With <see cref="Detect"/> a file that starts with a byte-order mark is read in the encoding the mark names (UTF-8
/// <c>EF BB BF</c>, UTF-16 little-endian <c>FF FE</c>, UTF-16 big-endian <c>FE FF</c>, GB18030 <c>84 31 95 33</c>);
/// any other file is read as UTF-8. Bytes that are not valid in the encoding are an error naming the line
/// (<see cref="InputFormatException"/>), never replaced by U+FFFD: a file saved as GBK or GB18030 (what Excel writes
/// on Chinese Windows as "CSV") is not valid UTF-8, and the error says to read it with <see cref="Gb18030"/>.
/// </para>
/// <para>
/// A given encoding is used whatever the file holds, but a byte-order mark of another encoding at the start is an
/// error (the file and the encoding disagree); a mark of the given encoding is skipped.
/// </para>
/// </remarks>
public enum InputEncoding
{
    /// <summary>Detect from the byte-order mark; UTF-8 when there is none (the default).</summary>
    Detect = 0,

    /// <summary>UTF-8, with or without a byte-order mark (<c>--encoding utf-8</c>).</summary>
    Utf8,

    /// <summary>
    /// GB18030 (国家标准 GB 18030-2022), the superset of GBK and GB2312 that Chinese Windows uses for "ANSI" text
    /// (code page 936/54936) (<c>--encoding gb18030</c>; <c>gbk</c> is read the same way).
    /// </summary>
    Gb18030,

    /// <summary>UTF-16: little-endian unless the file starts with the big-endian byte-order mark (<c>--encoding utf-16</c>).</summary>
    Utf16,
}
