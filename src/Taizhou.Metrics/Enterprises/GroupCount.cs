namespace Taizhou.Metrics.Enterprises;

/// <summary>A number of firms in a group (a cluster code or a county).</summary>
/// <param name="Key">The group: a cluster code or a county name.</param>
/// <param name="Count">The number of firms.</param>
public readonly record struct GroupCount(string Key, int Count);
