using System;
using Taizhou.Metrics.Enterprises;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Names shown to people (the codes written for programs are the library's <see cref="TierCodes"/>).</summary>
internal static class Labels
{
    /// <summary>The display name of a tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="lang">The language: English, Simplified (航母企业) or Traditional (航母企業) Chinese.</param>
    /// <returns>The name.</returns>
    public static string TierName(EnterpriseTier tier, TextLanguage lang) => tier switch
    {
        EnterpriseTier.AircraftCarrier => lang.Pick("aircraft-carrier firms", "航母企业", "航母企業"),
        EnterpriseTier.Flagship => lang.Pick("flagship firms", "旗航企业", "旗航企業"),
        EnterpriseTier.Listed => lang.Pick("listed firms", "上市企业", "上市企業"),
        EnterpriseTier.Gazelle => lang.Pick("gazelle firms", "瞪羚企业", "瞪羚企業"),
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
    };

    /// <summary>
    /// The display name of a projection's parameter (<see cref="Taizhou.Metrics.Targets.ProjectionParameter.Name"/>):
    /// in English the library's name as JSON writes it; in Chinese the term, its symbol and that name, so that a reader
    /// of the table finds the parameter in the JSON. A name the library adds later shows as it is.
    /// </summary>
    /// <param name="name">The parameter's name, as <c>Project</c> documents it.</param>
    /// <param name="lang">The language.</param>
    /// <returns>The display name.</returns>
    public static string ParameterName(string name, TextLanguage lang)
    {
        if (!lang.IsChinese())
        {
            return name;
        }

        string? term = name switch
        {
            "growth" => lang.Zh("增速 g", "增速 g"),
            "periods" => lang.Zh("平均期数 k", "平均期數 k"),
            "logGrowthMean" => lang.Zh("对数增长率均值 r̄", "對數增長率均值 r̄"),
            "logGrowthSd" => lang.Zh("对数增长率标准差 s", "對數增長率標準差 s"),
            "intercept" => lang.Zh("截距 a", "截距 a"),
            "slope" => lang.Zh("斜率 b", "斜率 b"),
            "alpha" => lang.Zh("水平平滑系数 α", "水平平滑係數 α"),
            "beta" => lang.Zh("趋势平滑系数 β", "趨勢平滑係數 β"),
            "phi" => lang.Zh("阻尼系数 φ", "阻尼係數 φ"),
            "initialLevel" => lang.Zh("初始水平 ℓ₀", "初始水平 ℓ₀"),
            "initialTrend" => lang.Zh("初始趋势 b₀", "初始趨勢 b₀"),
            "level" => lang.Zh("期末水平 ℓₙ", "期末水平 ℓₙ"),
            "trend" => lang.Zh("期末趋势 bₙ", "期末趨勢 bₙ"),
            _ => null,
        };
        return term is null ? name : $"{term} ({name})";
    }
}
