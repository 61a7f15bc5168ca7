using NodaTime;

namespace Taizhou.Metrics.Panels;

/// <summary>Conversions between the panel's <c>yyyymm</c> integers, month keys (year × 12 + month − 1) and <see cref="YearMonth"/>.</summary>
internal static class PanelMonth
{
    /// <summary>Returns whether <paramref name="period"/> is a <c>yyyymm</c> month with a year of 1000 to 9999.</summary>
    /// <remarks>Branch-free, so that the builder's fast validation loop can use it for every row.</remarks>
    public static bool IsValid(int period) =>
        ((uint)(period - 100001) <= 999912 - 100001) & ((uint)((period % 100) - 1) < 12u);

    /// <summary>Returns year × 12 + month − 1 of a valid <c>yyyymm</c> period.</summary>
    public static int Key(int period)
    {
        int year = period / 100;
        return (year * 12) + (period - (year * 100)) - 1;
    }

    /// <summary>Returns the <see cref="YearMonth"/> of a month key.</summary>
    public static YearMonth ToYearMonth(int key) => new(key / 12, (key % 12) + 1);

    /// <summary>Returns the <c>yyyymm</c> integer of a month key.</summary>
    public static int ToPeriod(int key) => ((key / 12) * 100) + (key % 12) + 1;
}
