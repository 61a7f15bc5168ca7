namespace Taizhou.Metrics.Cli.Commands;

/// <summary>How a command renders its result.</summary>
internal enum OutputFormat
{
    /// <summary>An aligned plain-text table for the terminal.</summary>
    Table,

    /// <summary>GitHub-flavoured markdown.</summary>
    Markdown,

    /// <summary>Stable, documented JSON for other programs (see docs/json.md).</summary>
    Json,

    /// <summary>One self-contained HTML page: the markdown's tables, charts as inline SVG, nothing fetched.</summary>
    Html,
}
