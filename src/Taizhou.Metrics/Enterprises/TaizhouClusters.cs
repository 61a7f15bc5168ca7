using System.Collections.Immutable;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// Taizhou's seven clusters (七大千亿产业), defined once: the rules of <see cref="ClusterMap.TaizhouDefault"/> and the
/// embedded sample (<see cref="Samples.TaizhouSample.Clusters"/>) both use these instances.
/// </summary>
internal static class TaizhouClusters
{
    public static Cluster Auto { get; } = new("auto", "automobiles and parts", "汽车及零部件", "汽車及零部件");

    public static Cluster Aviation { get; } = new("aviation", "general aviation", "通用航空");

    public static Cluster Moulds { get; } = new("moulds", "moulds and plastics", "模具与塑料", "模具與塑料");

    public static Cluster Pharma { get; } = new("pharma", "pharmaceuticals and pharmaceutical chemicals", "医药医化", "醫藥醫化");

    public static Cluster Toilets { get; } = new("toilets", "smart toilets", "智能马桶", "智能馬桶");

    public static Cluster Sewing { get; } = new("sewing", "sewing equipment", "缝制设备", "縫製設備");

    public static Cluster Pumps { get; } = new("pumps", "pumps and motors", "泵与电机", "泵與電機");

    /// <summary>Gets the seven, in the order of the 2018 article (and of the default map's rules).</summary>
    public static ImmutableArray<Cluster> All { get; } = [Auto, Aviation, Moulds, Pharma, Toilets, Sewing, Pumps];
}
