using System;
using System.Globalization;

namespace Taizhou.Metrics.Seasonal;

/// <summary>
/// A window of days around the Spring Festival (春节) whose effect a holiday regressor measures: the days
/// 正月初一 + <see cref="Start"/> … 正月初一 + <see cref="End"/>.
/// </summary>
/// <remarks>
/// Edge-case policy: Start ≤ End, Start ≥ −21 and End ≤ 9, so that every window of 1990–2050 (festival between
/// 22 January and 19 February) lies within January and February; otherwise an <see cref="ArgumentOutOfRangeException"/>.
/// </remarks>
public readonly record struct SpringFestivalWindow
{
    /// <summary>Initializes a new instance of the <see cref="SpringFestivalWindow"/> struct.</summary>
    /// <param name="start">The first day relative to 正月初一 (−6 = six days before), at least −21.</param>
    /// <param name="end">The last day relative to 正月初一, from <paramref name="start"/> to 9.</param>
    /// <exception cref="ArgumentOutOfRangeException">The window is empty or reaches outside January and February.</exception>
    public SpringFestivalWindow(int start, int end)
    {
        if (start < -21)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "Expected at least -21: the window must start in January.");
        }

        if (end < start || end > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, string.Create(CultureInfo.InvariantCulture, $"Expected end in [{start}, 9]: the window must end in February."));
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the six days before the festival, −6 … −1 (节前), as R seasonal's documented <c>pre_cny</c>.</summary>
    public static SpringFestivalWindow Before => new(-6, -1);

    /// <summary>Gets the festival and the six days after it, 0 … 6 (节后), as R seasonal's documented <c>post_cny</c>.</summary>
    public static SpringFestivalWindow After => new(0, 6);

    /// <summary>Gets the first day of the window relative to 正月初一.</summary>
    public int Start { get; }

    /// <summary>Gets the last day of the window relative to 正月初一.</summary>
    public int End { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}, {End}]");
}
