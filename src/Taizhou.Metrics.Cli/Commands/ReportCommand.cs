using System.CommandLine;
using System.IO;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.Samples;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary><c>taizhou-metrics report</c>: the Taizhou January-June 2018 report computed from the embedded sample, with the 2021 verdict.</summary>
internal static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Where the report is written.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output)
    {
        var format = CommonOptions.Format(html: true);
        var lang = CommonOptions.Language();
        var command = new Command("report", "Compute the Taizhou January-June 2018 report (seven clusters, implied 2017 base and city total, 2021 target gap) from the embedded sample, and the 2021 verdict from the outcomes published since (listed companies, the clusters' lower bound, the 2211 tiers).")
        {
            format,
            lang,
        };
        command.SetAction(parse =>
        {
            var report = TaizhouReport.Compute(TaizhouSample.Instance);
            var language = CommonOptions.ParseLanguage(parse.GetValue(lang));
            switch (CommonOptions.ParseFormat(parse.GetValue(format)))
            {
                case OutputFormat.Json:
                    ReportJson.Write(report, output);
                    break;
                case OutputFormat.Markdown:
                    ReportText.Write(report, output, language, markdown: true);
                    break;
                case OutputFormat.Html:
                    HtmlPage.Write(text => ReportText.Write(report, text, language, markdown: true), output, language.Tag(), []);
                    break;
                default:
                    ReportText.Write(report, output, language, markdown: false);
                    break;
            }

            return CliApp.Done;
        });
        return command;
    }
}
