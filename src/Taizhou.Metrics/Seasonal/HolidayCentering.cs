namespace Taizhou.Metrics.Seasonal;

/// <summary>How a holiday regressor is centred, as the <c>center</c> argument of R seasonal's <c>genhol</c>.</summary>
public enum HolidayCentering
{
    /// <summary>No centring: the share of the holiday window in each period (<c>center = "none"</c>).</summary>
    None = 0,

    /// <summary>
    /// Subtract, from each period's share, the mean share of the same calendar month (or quarter) over all the years of
    /// the regressor (<c>center = "calendar"</c>); recommended for moving holidays such as the Spring Festival, so that
    /// the holiday effect averages zero in every month and the seasonal factors keep the average festival effect.
    /// </summary>
    Calendar = 1,

    /// <summary>Subtract the mean share over all periods of the regressor (<c>center = "mean"</c>).</summary>
    Mean = 2,
}
