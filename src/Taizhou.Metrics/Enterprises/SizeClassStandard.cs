using System;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// The employee and revenue floors of the NBS size classes for one sector (统计上大中小微型企业划分办法). A firm is large
/// when it meets both floors of the large class, otherwise medium when it meets both of the medium class, otherwise
/// small when it meets both of the small class, otherwise micro: "large, medium and small must meet every lower
/// bound, else drop one class; micro needs only one criterion".
/// </summary>
/// <remarks>
/// <see cref="Industry2017"/> holds the industrial (工业) floors of the 2017 standard: large 1000 employees and 40000
/// 万元; medium 300 and 2000 万元; small 20 and 300 万元. Floors are inclusive (从业人员 1000 人及以上, 营业收入 40000 万元及以上)
/// and compared exactly.
/// </remarks>
public sealed class SizeClassStandard
{
    private readonly string traditionalName;

    /// <summary>Creates a standard from its floors; each class's floors must be at least the next smaller class's.</summary>
    /// <param name="name">The name, such as <c>NBS 2017, industry</c>.</param>
    /// <param name="largeEmployees">Employees floor of the large class.</param>
    /// <param name="largeRevenue">Revenue floor of the large class.</param>
    /// <param name="mediumEmployees">Employees floor of the medium class.</param>
    /// <param name="mediumRevenue">Revenue floor of the medium class.</param>
    /// <param name="smallEmployees">Employees floor of the small class.</param>
    /// <param name="smallRevenue">Revenue floor of the small class.</param>
    /// <param name="traditionalName">The name with its Chinese in Traditional characters; null when <paramref name="name"/> reads the same in both scripts.</param>
    /// <exception cref="ArgumentException">The name is empty, a floor is negative, or the floors are not ordered.</exception>
    public SizeClassStandard(string name, decimal largeEmployees, Amount largeRevenue, decimal mediumEmployees, Amount mediumRevenue, decimal smallEmployees, Amount smallRevenue, string? traditionalName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (traditionalName is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(traditionalName);
        }

        this.traditionalName = traditionalName ?? name;
        if (smallEmployees < 0m || smallRevenue.InYuan < 0m)
        {
            throw new ArgumentException("Size-class floors cannot be negative.", nameof(smallEmployees));
        }

        if (mediumEmployees < smallEmployees || largeEmployees < mediumEmployees || mediumRevenue.InYuan < smallRevenue.InYuan || largeRevenue.InYuan < mediumRevenue.InYuan)
        {
            throw new ArgumentException("Size-class floors must rise from small to medium to large.", nameof(largeEmployees));
        }

        Name = name;
        LargeEmployees = largeEmployees;
        LargeRevenue = largeRevenue;
        MediumEmployees = mediumEmployees;
        MediumRevenue = mediumRevenue;
        SmallEmployees = smallEmployees;
        SmallRevenue = smallRevenue;
    }

    /// <summary>Gets the industrial floors of the NBS 2017 standard (see the remarks).</summary>
    public static SizeClassStandard Industry2017 { get; } = new(
        "NBS 2017 (统计上大中小微型企业划分办法), industry",
        1000m,
        Amount.FromWanYuan(40000m),
        300m,
        Amount.FromWanYuan(2000m),
        20m,
        Amount.FromWanYuan(300m),
        "NBS 2017 (統計上大中小微型企業劃分辦法), industry");

    /// <summary>Gets the name, its Chinese in Simplified characters (<c>NBS 2017 (统计上大中小微型企业划分办法), industry</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the employees floor of the large class.</summary>
    public decimal LargeEmployees { get; }

    /// <summary>Gets the revenue floor of the large class.</summary>
    public Amount LargeRevenue { get; }

    /// <summary>Gets the employees floor of the medium class.</summary>
    public decimal MediumEmployees { get; }

    /// <summary>Gets the revenue floor of the medium class.</summary>
    public Amount MediumRevenue { get; }

    /// <summary>Gets the employees floor of the small class.</summary>
    public decimal SmallEmployees { get; }

    /// <summary>Gets the revenue floor of the small class.</summary>
    public Amount SmallRevenue { get; }

    /// <summary>Classifies a firm by its employees and revenue; every floor of a class is required (see the summary of <see cref="SizeClassStandard"/>).</summary>
    /// <param name="employees">Employees, not negative.</param>
    /// <param name="revenue">Revenue, in any money unit (compared exactly in yuan).</param>
    /// <returns>The class.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="employees"/> is negative.</exception>
    public NbsSizeClass Classify(decimal employees, Amount revenue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(employees);
        decimal r = revenue.InYuan;
        if (employees >= LargeEmployees && r >= LargeRevenue.InYuan)
        {
            return NbsSizeClass.Large;
        }

        if (employees >= MediumEmployees && r >= MediumRevenue.InYuan)
        {
            return NbsSizeClass.Medium;
        }

        return employees >= SmallEmployees && r >= SmallRevenue.InYuan ? NbsSizeClass.Small : NbsSizeClass.Micro;
    }

    /// <summary>Returns the name with its Chinese in a script: <c>统计上大中小微型企业划分办法</c> (Simplified) or <c>統計上大中小微型企業劃分辦法</c> (Traditional).</summary>
    /// <param name="script">The script.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The script is not defined.</exception>
    public string GetName(ChineseScript script) => script switch
    {
        ChineseScript.Simplified => Name,
        ChineseScript.Traditional => traditionalName,
        _ => throw new ArgumentOutOfRangeException(nameof(script), script, "Unknown script."),
    };

    /// <summary>Returns the name, its Chinese in Simplified characters.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;

}
