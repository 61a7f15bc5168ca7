namespace Taizhou.Metrics.Series;

/// <summary>How a January-February combined value (1-2月合计) is shared between January and February; see <see cref="JanuaryFebruaryRule"/>.</summary>
public enum JanuaryFebruaryRuleKind
{
    /// <summary>Half each (平均分摊).</summary>
    Equal = 0,

    /// <summary>In the ratio of last year's January and February values (按上年同期比例).</summary>
    LastYearRatio = 1,

    /// <summary>In the ratio of the working days of January and February given by the caller (按工作日).</summary>
    WorkingDays = 2,
}
