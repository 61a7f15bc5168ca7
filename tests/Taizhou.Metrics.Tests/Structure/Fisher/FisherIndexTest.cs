using System.Linq;
using System.Text.Json;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Tests.Vectors;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// <see cref="FisherIndex"/>: the Statistics Canada worked example (<c>statcan_bea_fisher_contributions.json</c>) in
/// <c>FisherIndexTest.Vectors.cs</c>, laws with seeded random data in <c>FisherIndexTest.Properties.cs</c>, argument
/// checks in <c>FisherIndexTest.Validation.cs</c>.
/// </summary>
public partial class FisherIndexTest
{
    private const string StatCan = "statcan_bea_fisher_contributions.json";

    private static readonly string[] Names = ["A", "B", "C", "D"];

    /// <summary>The four components of the vector, from current dollars and volumes (the exact prices; see the file's note).</summary>
    private static FisherComponent[] VectorComponents()
    {
        var inputs = VectorFile.Load(StatCan).GetProperty("inputs");
        return Names
            .Select(n => FisherComponent.FromValuesAndVolumes(
                n,
                VectorFile.Doubles(inputs.GetProperty("current_dollars").GetProperty(n)),
                VectorFile.Doubles(inputs.GetProperty("volume_measures_reference_t1").GetProperty(n))))
            .ToArray();
    }

}
