using System;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// An industrial cluster (產業集群): a named grouping of industries, such as one of Taizhou's seven
/// 100-billion-yuan industries (七大千億產業).
/// </summary>
public sealed class Cluster : IEquatable<Cluster>
{
    /// <summary>Creates a cluster.</summary>
    /// <param name="code">A short machine code (lower-case letters, digits, '-' or '_'), such as <c>auto</c>.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="chineseName">The Chinese name, such as 汽車及零部件.</param>
    /// <exception cref="ArgumentException">A name is empty, or the code has other characters.</exception>
    public Cluster(string code, string englishName, string chineseName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        ArgumentException.ThrowIfNullOrWhiteSpace(chineseName);
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
    }

    /// <summary>Gets the machine code, such as <c>auto</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the Chinese name.</summary>
    public string ChineseName { get; }

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
