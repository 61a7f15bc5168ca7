namespace Taizhou.Metrics.Samples;

/// <summary>A figure of the source article that the calculations do not use (platforms, projects, services), kept for completeness.</summary>
public sealed class SampleFigure
{
    internal SampleFigure(string code, string english, string chinese, decimal value, string unit)
    {
        Code = code;
        English = english;
        Chinese = chinese;
        Value = value;
        Unit = unit;
    }

    /// <summary>Gets a machine code, such as <c>enterprises_visited</c>.</summary>
    public string Code { get; }

    /// <summary>Gets what the figure is, in English.</summary>
    public string English { get; }

    /// <summary>Gets what the figure is, in Chinese as in the article.</summary>
    public string Chinese { get; }

    /// <summary>Gets the value as published.</summary>
    public decimal Value { get; }

    /// <summary>Gets the unit as published (億元, 個, 家, %, 畝, ...).</summary>
    public string Unit { get; }
}
