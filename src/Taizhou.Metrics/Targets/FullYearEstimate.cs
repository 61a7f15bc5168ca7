using System;
using System.Collections.Generic;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>A full-year value estimated from a cumulative January-to-month figure, with the method and its assumption.</summary>
public sealed class FullYearEstimate
{
    internal FullYearEstimate(ReportingPeriod from, decimal value, FullYearMethod method, string assumption, IReadOnlyList<int>? historyYears = null)
    {
        HistoryYears = historyYears ?? [];
        From = from;
        Value = value;
        Method = method;
        Assumption = assumption;
    }

    /// <summary>Gets the cumulative period the estimate starts from ("1-6月").</summary>
    public ReportingPeriod From { get; }

    /// <summary>Gets the year estimated.</summary>
    public ReportingPeriod Year => ReportingPeriod.CalendarYear(From.Year);

    /// <summary>Gets the estimated full-year value, in the unit of the input.</summary>
    public decimal Value { get; }

    /// <summary>Gets the method used.</summary>
    public FullYearMethod Method { get; }

    /// <summary>Gets the past years whose seasonal pattern the estimate uses (empty for the run rate).</summary>
    public IReadOnlyList<int> HistoryYears { get; }

    /// <summary>Gets the assumption behind the method, in one English sentence, for reports.</summary>
    public string Assumption { get; }

    /// <summary>Returns a short description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Rounding.InvariantText, $"{Year}: {Value} ({Method} from {From})");
}
