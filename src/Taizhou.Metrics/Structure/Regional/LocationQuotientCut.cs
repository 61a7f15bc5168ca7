namespace Taizhou.Metrics.Structure;

/// <summary>
/// How a location quotient (区位商) is compared with its threshold when it is made binary (the region has a revealed
/// comparative advantage, 显性比较优势, in the industry or not): strictly above, the library's default, or at least,
/// as EconGeo.
/// </summary>
/// <remarks>
/// The two differ only for a quotient exactly equal to the threshold, which happens in small tables of round numbers
/// (a region whose share of an industry is exactly the nation's). EconGeo's <c>RCA(mat, binary = TRUE)</c>,
/// <c>diversity(mat, RCA = TRUE)</c> and <c>ubiquity(mat, RCA = TRUE)</c> set LQ &lt; 1 to 0 and LQ &gt; 1 to 1 and
/// leave an LQ of exactly 1 at 1, so they count it: choose <see cref="AtLeast"/> to reproduce them.
/// </remarks>
public enum LocationQuotientCut
{
    /// <summary>LQ &gt; threshold: a region whose share equals the nation's is not specialised (the library's default).</summary>
    Above = 0,

    /// <summary>LQ ≥ threshold: a quotient exactly at the threshold counts (EconGeo's binary RCA).</summary>
    AtLeast = 1,
}
