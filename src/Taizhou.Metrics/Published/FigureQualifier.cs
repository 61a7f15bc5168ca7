namespace Taizhou.Metrics.Published;

/// <summary>
/// The qualifier a report prints with a figure when it gives a bound or an approximation rather than a number:
/// 超1100亿 (over), 约200亿 (about), 近100 (just under). See <see cref="PublishedValue.ParseQualified(string, out string)"/>
/// for the words read as each, and <see cref="PublishedValue.Range(QualifierTolerance)"/> for the values each stands for.
/// </summary>
public enum FigureQualifier
{
    /// <summary>A plain number: it stands for its rounding interval.</summary>
    None = 0,

    /// <summary>Over the figure (超, 逾, 突破, 超过, 以上, 多, 余): a lower bound, open: (X, ∞).</summary>
    Over = 1,

    /// <summary>About the figure (约, 大约, 左右): X ± a tolerance (<see cref="QualifierTolerance.About"/>).</summary>
    About = 2,

    /// <summary>Just under the figure (近, 将近, 接近): [X − a tolerance, X) (<see cref="QualifierTolerance.JustUnder"/>).</summary>
    JustUnder = 3,
}
