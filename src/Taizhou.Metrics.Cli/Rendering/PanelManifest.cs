using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using Taizhou.Metrics.Cli.Output;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes <c>manifest.json</c>, schema <c>taizhou-metrics/panel-manifest/v1</c> (docs/json.md): what one run of
/// <c>taizhou-metrics panel</c> read (the input's path, size and SHA-256), with which options, what the panel held, and
/// the files it wrote (name, size, SHA-256), so that a file in the folder can be told to be this run's or not.
/// </summary>
internal static class PanelManifest
{
    /// <summary>The schema identifier.</summary>
    public const string Schema = "taizhou-metrics/panel-manifest/v1";

    /// <summary>The name of the manifest file.</summary>
    public const string FileName = "manifest.json";

    /// <summary>Writes the manifest, from what the panel held (read whole or streamed: <c>--stream</c>).</summary>
    /// <param name="stream">The stream, left open.</param>
    /// <param name="input">The input file, as read.</param>
    /// <param name="options">The options of the run, by name, in the order to write them: a bool, a string, or null for an option not given.</param>
    /// <param name="panel">What the panel held.</param>
    /// <param name="files">The files written, in the order they were written.</param>
    public static void Write(Stream stream, InputFile input, IReadOnlyList<KeyValuePair<string, object?>> options, Shape panel, IReadOnlyList<WrittenFile> files)
    {
        JsonOutput.Write(stream, w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("tool_version", ToolVersion());
            w.WriteStartObject("input");
            w.WriteString("path", input.FullPath);
            w.WriteNumber("bytes", input.Length);
            w.WriteString("sha256", input.Sha256);
            w.WriteEndObject();
            w.WriteStartObject("options");
            foreach (var (name, value) in options)
            {
                switch (value)
                {
                    case bool b:
                        w.WriteBoolean(name, b);
                        break;
                    case string text:
                        w.WriteString(name, text);
                        break;
                    default:
                        w.WriteNull(name);
                        break;
                }
            }

            w.WriteEndObject();
            w.WriteNumber("rows", panel.RowCount);
            w.WriteNumber("enterprises", panel.EnterpriseCount);
            w.WriteNumber("clusters", panel.ClusterCount);
            w.WriteNumber("months", panel.MonthCount);
            w.WriteString("first_month", panel.FirstMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            w.WriteString("last_month", panel.LastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            w.WriteStartArray("files");
            foreach (var f in files)
            {
                w.WriteStartObject();
                w.WriteString("name", Path.GetFileName(f.Path));
                w.WriteNumber("bytes", f.Length);
                w.WriteString("sha256", f.Sha256);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static string ToolVersion() =>
        typeof(PanelManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PanelManifest).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>What a panel held, for the manifest.</summary>
    /// <param name="RowCount">The rows.</param>
    /// <param name="EnterpriseCount">The distinct enterprises.</param>
    /// <param name="ClusterCount">The clusters.</param>
    /// <param name="MonthCount">The months of the axis.</param>
    /// <param name="FirstMonth">The first month.</param>
    /// <param name="LastMonth">The last month.</param>
    internal sealed record Shape(long RowCount, int EnterpriseCount, int ClusterCount, int MonthCount, NodaTime.YearMonth FirstMonth, NodaTime.YearMonth LastMonth);
}
