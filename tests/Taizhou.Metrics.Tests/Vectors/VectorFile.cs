using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Taizhou.Metrics.Tests.Vectors;

/// <summary>
/// Loads the reference vectors copied (unchanged, with their source fields) from peer tools and publications into
/// <c>Vectors/</c>; the test project copies them to the output directory.
/// </summary>
internal static class VectorFile
{
    // Each file is read and parsed once per test run; a cloned element is read-only, so the tests can share it.
    private static readonly ConcurrentDictionary<string, JsonElement> Loaded = new(StringComparer.Ordinal);

    /// <summary>Loads a vector file by its file name, such as <c>cn_ytd_decumulation.json</c>.</summary>
    /// <param name="fileName">The file name within <c>Vectors/</c>.</param>
    /// <returns>The root element of the document (a detached clone, so no disposal is needed).</returns>
    public static JsonElement Load(string fileName) => Loaded.GetOrAdd(fileName, Parse);

    /// <summary>Returns the edge case with the given <c>id</c> from the file's <c>edge_cases</c> array.</summary>
    /// <param name="fileName">The file name within <c>Vectors/</c>.</param>
    /// <param name="id">The edge case id.</param>
    /// <returns>The edge case.</returns>
    public static JsonElement EdgeCase(string fileName, string id) =>
        Load(fileName).GetProperty("edge_cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    /// <summary>Half a unit in the last decimal a vector prints (0.0855926 → 5e-8): the tolerance of a printed figure.</summary>
    /// <param name="element">A JSON number.</param>
    /// <returns>The tolerance.</returns>
    public static double HalfUnitOfLastDigit(JsonElement element)
    {
        string text = element.GetRawText();
        int dot = text.IndexOf('.', StringComparison.Ordinal);
        int decimals = dot < 0 ? 0 : text.Length - dot - 1;
        return 0.5 * Math.Pow(10, -decimals);
    }

    /// <summary>Reads a JSON array of numbers as doubles (a null is an error).</summary>
    /// <param name="array">The array.</param>
    /// <returns>The values.</returns>
    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    /// <summary>Returns the case with the given <c>id</c> from the file's <c>cases</c> array.</summary>
    /// <param name="fileName">The file name within <c>Vectors/</c>.</param>
    /// <param name="id">The case id.</param>
    /// <returns>The case.</returns>
    /// <exception cref="InvalidOperationException">There is no such case.</exception>
    public static JsonElement Case(string fileName, string id)
    {
        foreach (var c in Load(fileName).GetProperty("cases").EnumerateArray())
        {
            if (c.GetProperty("id").GetString() == id)
            {
                return c;
            }
        }

        throw new InvalidOperationException($"No case '{id}' in {fileName}.");
    }

    /// <summary>
    /// Reads a JSON number as an exact <see cref="decimal"/> from its text (30 stays 30, 7113.7 stays 7113.7), or
    /// null for a JSON null.
    /// </summary>
    /// <param name="element">The element.</param>
    /// <returns>The value, or null.</returns>
    public static decimal? Decimal(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number => decimal.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Expected a number or null, got {element.ValueKind}: {element.GetRawText()}."),
    };

    /// <summary>Reads a JSON array of numbers (and nulls) as decimals.</summary>
    /// <param name="element">The array.</param>
    /// <returns>The values.</returns>
    public static IReadOnlyList<decimal?> Decimals(JsonElement element) =>
        element.EnumerateArray().Select(Decimal).ToArray();

    /// <summary>Reads a JSON array of strings.</summary>
    /// <param name="element">The array.</param>
    /// <returns>The strings.</returns>
    public static IReadOnlyList<string> Strings(JsonElement element) =>
        element.EnumerateArray().Select(e => e.GetString() ?? throw new InvalidOperationException("Expected a string.")).ToArray();

    private static JsonElement Parse(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Vectors", fileName);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }
}
