using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Structure;

namespace Taizhou.Metrics.Serialization;

/// <summary>
/// Writes a <see cref="BreakdownAnalysis"/> (拉动, 贡献率, shares) as an object with its <c>parts</c>, its remainder
/// <c>other</c> (or null), its <c>total</c>, and the sums; reads it back.
/// </summary>
/// <remarks>
/// <para>
/// The analysis: <c>parts</c> (array of part objects), <c>other</c> (part object or null), <c>total</c> (part object),
/// <c>sum_of_contribution_pp</c>, <c>sum_of_contribution_rates</c>, <c>sum_of_real_contribution_pp</c>,
/// <c>real_residual</c> (fractions or null) and <c>parts_without_real_growth</c> (names); and <c>sub_items</c> (array of
/// part objects, each with its <c>parent</c>), only when the analysis has sub-items on the grand total's base.
/// </para>
/// <para>
/// A part: <c>part</c> (name), <c>kind</c> (<c>part</c>, <c>other</c>, <c>total</c>), <c>parent</c> (only on a sub-item: the
/// name of its parent), <c>previous</c> and <c>current</c>
/// (exact decimals, digits as held), <c>previous_is_derived</c>, <c>change</c>, <c>growth</c> (a rate object, see
/// <see cref="GrowthRateJsonConverter"/>), <c>share</c>, <c>previous_share</c>, <c>share_change</c>,
/// <c>contribution_pp</c>, <c>contribution_rate</c> (fractions or null), <c>real_growth</c> (a rate object or null),
/// <c>real_contribution_pp</c> and <c>children</c> (a nested analysis, or null).
/// </para>
/// <para>
/// Reading takes the levels, names, kinds, real growth rates and children, and computes the rest again by the
/// library's formulas (the computed properties are written for readers in other languages), so the analysis read back
/// equals the one written. A document whose parts are not well formed is a <see cref="JsonException"/>.
/// </para>
/// </remarks>
public sealed class BreakdownAnalysisJsonConverter : JsonConverter<BreakdownAnalysis>
{
    private const string What = "breakdown analysis";
    private const string PartWhat = "breakdown part";

    /// <inheritdoc/>
    public override BreakdownAnalysis Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadAnalysis(JsonValues.Element(ref reader), depth: 0);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, BreakdownAnalysis value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteAnalysis(writer, value);
    }

    private static void WriteAnalysis(Utf8JsonWriter w, BreakdownAnalysis a)
    {
        w.WriteStartObject();
        w.WriteStartArray("parts");
        foreach (var p in a.Parts)
        {
            WritePart(w, p);
        }

        w.WriteEndArray();
        if (a.SubItems.Count > 0)
        {
            w.WriteStartArray("sub_items");
            foreach (var s in a.SubItems)
            {
                WritePart(w, s);
            }

            w.WriteEndArray();
        }

        w.WritePropertyName("other");
        if (a.Remainder is { } r)
        {
            WritePart(w, r);
        }
        else
        {
            w.WriteNullValue();
        }

        w.WritePropertyName("total");
        WritePart(w, a.Total);
        JsonValues.Number(w, "sum_of_contribution_pp", a.SumOfContributionPoints);
        JsonValues.Number(w, "sum_of_contribution_rates", a.SumOfContributionRates);
        JsonValues.Number(w, "sum_of_real_contribution_pp", a.SumOfRealContributionPoints);
        JsonValues.Number(w, "real_residual", a.RealResidual);
        w.WriteStartArray("parts_without_real_growth");
        foreach (var name in a.PartsWithoutRealGrowth)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePart(Utf8JsonWriter w, BreakdownPart p)
    {
        w.WriteStartObject();
        w.WriteString("part", p.Name);
        w.WriteString("kind", KindCode(p.Kind));
        if (p.Parent is { } parent)
        {
            w.WriteString("parent", parent);
        }

        w.WriteNumber("previous", p.Previous);
        w.WriteNumber("current", p.Current);
        w.WriteBoolean("previous_is_derived", p.PreviousIsDerived);
        w.WriteNumber("change", p.Change);
        w.WritePropertyName("growth");
        GrowthRateJsonConverter.WriteValue(w, p.Growth);
        JsonValues.Number(w, "share", p.Share);
        JsonValues.Number(w, "previous_share", p.PreviousShare);
        JsonValues.Number(w, "share_change", p.ShareChange);
        JsonValues.Number(w, "contribution_pp", p.ContributionPoints);
        JsonValues.Number(w, "contribution_rate", p.ContributionRate);
        w.WritePropertyName("real_growth");
        if (p.RealGrowth is { } real)
        {
            GrowthRateJsonConverter.WriteValue(w, real);
        }
        else
        {
            w.WriteNullValue();
        }

        JsonValues.Number(w, "real_contribution_pp", p.RealContributionPoints);
        w.WritePropertyName("children");
        if (p.Children is { } children)
        {
            WriteAnalysis(w, children);
        }
        else
        {
            w.WriteNullValue();
        }

        w.WriteEndObject();
    }

    /// <summary>The code of a part's kind in JSON (<c>part</c>, <c>other</c>, <c>total</c>), shared with the CLI's contrib schema.</summary>
    internal static string KindCode(BreakdownPartKind kind) => kind switch
    {
        BreakdownPartKind.Part => "part",
        BreakdownPartKind.Remainder => "other",
        _ => "total",
    };

    private static BreakdownAnalysis ReadAnalysis(JsonElement element, int depth)
    {
        if (depth > 64)
        {
            throw new JsonException("A breakdown analysis nests more than 64 levels of children.");
        }

        JsonValues.RequireObject(element, What);
        var totalElement = JsonValues.Required(element, "total", What);
        JsonValues.RequireObject(totalElement, PartWhat);
        decimal totalPrevious = JsonValues.Decimal(totalElement, "previous", PartWhat);
        decimal totalCurrent = JsonValues.Decimal(totalElement, "current", PartWhat);
        var total = ReadPart(totalElement, BreakdownPartKind.Total, totalPrevious, totalCurrent, depth);

        var list = JsonValues.Required(element, "parts", What);
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            throw new JsonException("'parts' of a breakdown analysis is an array of at least one part.");
        }

        var parts = new List<BreakdownPart>(list.GetArrayLength());
        foreach (var item in list.EnumerateArray())
        {
            parts.Add(ReadPart(item, BreakdownPartKind.Part, totalPrevious, totalCurrent, depth));
        }

        var remainder = JsonValues.Optional(element, "other") is { } other
            ? ReadPart(other, BreakdownPartKind.Remainder, totalPrevious, totalCurrent, depth)
            : null;
        List<BreakdownPart>? subItems = null;
        if (JsonValues.Optional(element, "sub_items") is { } items)
        {
            if (items.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException("'sub_items' of a breakdown analysis is an array of parts.");
            }

            subItems = [.. items.EnumerateArray().Select(item => ReadPart(item, BreakdownPartKind.Part, totalPrevious, totalCurrent, depth))];
        }

        return new BreakdownAnalysis(total, parts, remainder, total.RealGrowth, subItems);
    }

    private static BreakdownPart ReadPart(JsonElement element, BreakdownPartKind expected, decimal totalPrevious, decimal totalCurrent, int depth)
    {
        JsonValues.RequireObject(element, PartWhat);
        string name = JsonValues.String(element, "part", PartWhat);
        string kind = JsonValues.String(element, "kind", PartWhat);
        if (!string.Equals(kind, KindCode(expected), StringComparison.Ordinal))
        {
            throw new JsonException($"Part '{name}' has kind {Text.CellText.Quote(kind)} where '{KindCode(expected)}' belongs.");
        }

        decimal previous = JsonValues.Decimal(element, "previous", PartWhat);
        decimal current = JsonValues.Decimal(element, "current", PartWhat);
        bool derived = JsonValues.Boolean(element, "previous_is_derived", PartWhat);
        double? realGrowth = null;
        if (JsonValues.Optional(element, "real_growth") is { } real)
        {
            var rate = GrowthRateJsonConverter.FromElement(real);
            realGrowth = rate.TryGetValue(out double r)
                ? r
                : throw new JsonException($"The real growth of part '{name}' is a published figure, never undefined; got {rate.Reason}.");
        }

        var children = JsonValues.Optional(element, "children") is { } c ? ReadAnalysis(c, depth + 1) : null;
        string? parent = JsonValues.Optional(element, "parent") is { } p ? JsonValues.String(element, "parent", PartWhat) : null;
        return new BreakdownPart(name, expected, previous, current, derived, totalPrevious, totalCurrent, realGrowth, children, parent);
    }
}
