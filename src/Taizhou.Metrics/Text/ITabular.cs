namespace Taizhou.Metrics.Text;

/// <summary>A result that lays itself out as a <see cref="TextTable"/>: its text table, Markdown and notebook HTML come from it.</summary>
internal interface ITabular
{
    /// <summary>Returns the result as a table, its <c>ToString()</c> as the caption.</summary>
    /// <returns>The table.</returns>
    TextTable ToTable();
}
