using System;
using System.Linq;
using System.Text.Json;
using Taizhou.Metrics.Tests.Vectors;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// Reads the two REAT 3.0.3 vector files of the regional indices (<c>reat_location_quotient.json</c>,
/// <c>reat_concentration_inequality.json</c>) through <see cref="VectorFile"/>.
/// </summary>
internal static class RegionalVectorData
{
    public const string LocationQuotientFile = "reat_location_quotient.json";
    public const string ConcentrationFile = "reat_concentration_inequality.json";

    /// <summary>The file-wide tolerance_abs (1e-7 for the LQ file, 1e-6 for the concentration file).</summary>
    public static double Tolerance(string fileName) => VectorFile.Load(fileName).GetProperty("tolerance_abs").GetDouble();

    /// <summary>The inputs object of a case.</summary>
    public static JsonElement Inputs(string fileName, string id) => VectorFile.Case(fileName, id).GetProperty("inputs");

    /// <summary>The expected object of a case.</summary>
    public static JsonElement Expected(string fileName, string id) => VectorFile.Case(fileName, id).GetProperty("expected");

    /// <summary>The documented object of a case (the figure printed in REAT's manual page).</summary>
    public static JsonElement Documented(string fileName, string id) => VectorFile.Case(fileName, id).GetProperty("documented");

    /// <summary>An edge case by id.</summary>
    public static JsonElement EdgeCase(string fileName, string id) => VectorFile.EdgeCase(fileName, id);

    /// <summary>A JSON array of numbers as doubles; a JSON null (R's NA) becomes NaN, which the library rejects.</summary>
    public static double[] Doubles(JsonElement array) =>
        VectorFile.Decimals(array).Select(d => d is decimal v ? (double)v : double.NaN).ToArray();

    /// <summary>A JSON number as a double.</summary>
    public static double Number(JsonElement parent, string name) =>
        (double)(VectorFile.Decimal(parent.GetProperty(name)) ?? throw new InvalidOperationException($"{name} is null."));

    /// <summary>
    /// Asserts a figure of a case against its expected value (the file's tolerance_abs) and against the same figure
    /// as documented in REAT's manual (half a unit of its last printed decimal).
    /// </summary>
    public static void AssertExpectedAndDocumented(string fileName, string id, string figure, double actual)
    {
        var c = VectorFile.Case(fileName, id);
        Assert.Equal(c.GetProperty("expected").GetProperty(figure).GetDouble(), actual, Tolerance(fileName));
        AssertDocumented(c.GetProperty("documented").GetProperty(figure), actual);
    }

    /// <summary>Asserts a figure against a documented one, within half a unit of its last printed decimal.</summary>
    public static void AssertDocumented(JsonElement documented, double actual) =>
        Assert.Equal(documented.GetDouble(), actual, VectorFile.HalfUnitOfLastDigit(documented));
}
