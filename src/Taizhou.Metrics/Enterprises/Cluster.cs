using System;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// An industrial cluster (产业集群): a named grouping of industries, such as one of Taizhou's seven
/// 100-billion-yuan industries (七大千亿产业).
/// </summary>
public sealed class Cluster : IEquatable<Cluster>
{
    private readonly string traditional;

    /// <summary>Creates a cluster.</summary>
    /// <param name="code">A short machine code (lower-case letters, digits, '-' or '_'), such as <c>auto</c>.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="chineseName">The Chinese name in Simplified characters, such as 汽车及零部件.</param>
    /// <param name="traditionalChineseName">The Chinese name in Traditional characters, such as 汽車及零部件; null when it is written the same in both scripts.</param>
    /// <exception cref="ArgumentException">A name is empty, or the code has other characters.</exception>
    public Cluster(string code, string englishName, string chineseName, string? traditionalChineseName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        ArgumentException.ThrowIfNullOrWhiteSpace(chineseName);
        if (traditionalChineseName is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(traditionalChineseName);
        }

        foreach (char c in code)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
            {
                throw new ArgumentException($"A cluster code has lower-case letters, digits, '-' or '_'; '{code}' has '{c}'.", nameof(code));
            }
        }

        Code = code;
        EnglishName = englishName;
        ChineseName = chineseName;
        traditional = traditionalChineseName ?? chineseName;
    }

    /// <summary>Gets the machine code, such as <c>auto</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the Chinese name in Simplified characters, such as 汽车及零部件 (the library's default script, <see cref="ChineseScript"/>).</summary>
    public string ChineseName { get; }

    /// <summary>Returns the Chinese name in a script: 汽车及零部件 (Simplified) or 汽車及零部件 (Traditional).</summary>
    /// <param name="script">The script.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The script is not defined.</exception>
    public string GetChineseName(ChineseScript script) => script switch
    {
        ChineseScript.Simplified => ChineseName,
        ChineseScript.Traditional => traditional,
        _ => throw new ArgumentOutOfRangeException(nameof(script), script, "Unknown script."),
    };

    /// <summary>Returns whether two clusters have the same code.</summary>
    /// <param name="other">The other cluster.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public bool Equals(Cluster? other) => other is not null && other.Code == Code;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Cluster);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code and the names.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} ({EnglishName}, {ChineseName})";
}
