using System;
using NodaTime;
using NodaTime.Text;

namespace Taizhou.Metrics.Enterprises;

/// <summary>A stock-exchange listing (上市) of an enterprise: the exchange and the listing date.</summary>
/// <remarks>Delisting is not modelled: a firm listed on or before the end of a year counts as listed in that year and every later one.</remarks>
public sealed class Listing
{
    /// <summary>Creates a listing.</summary>
    /// <param name="exchange">The exchange, such as <c>SSE</c>, <c>SZSE</c>, <c>HKEX</c>; any non-empty text (<c>unknown</c> when not known).</param>
    /// <param name="listedOn">The first trading day.</param>
    /// <exception cref="ArgumentException"><paramref name="exchange"/> is empty.</exception>
    public Listing(string exchange, LocalDate listedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exchange);
        Exchange = exchange;
        ListedOn = listedOn;
    }

    /// <summary>Gets the exchange.</summary>
    public string Exchange { get; }

    /// <summary>Gets the listing date.</summary>
    public LocalDate ListedOn { get; }

    /// <summary>Returns whether the firm is listed on or before 31 December of <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when <see cref="ListedOn"/>.Year ≤ <paramref name="year"/>.</returns>
    public bool IsListedByEndOf(int year) => ListedOn.Year <= year;

    /// <summary>Returns the exchange and the date, such as <c>SSE 2010-06-18</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Exchange + " " + LocalDatePattern.Iso.Format(ListedOn);
}
