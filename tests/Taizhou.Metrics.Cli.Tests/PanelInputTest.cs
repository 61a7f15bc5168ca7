using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>taizhou-metrics panel</c> with a tab- or semicolon-separated panel and with the panel on standard input: the same
/// <c>cluster_metrics.csv</c>, byte for byte, as the comma-separated file gives.
/// </summary>
public class PanelInputTest
{
    private static readonly Lazy<EnterprisePanel> Large = new(() => Create(SyntheticPanel.Generate(4000, 120, withCents: true, seed: 11)));

    private static readonly Lazy<EnterprisePanel> Small = new(() => Create(SyntheticPanel.Generate(60, 30, withCents: false, seed: 5)));

    [Theory]
    [InlineData("tab", false, false)]
    [InlineData("tab", true, false)]
    [InlineData(";", false, false)]
    [InlineData(";", true, false)]
    [InlineData("tab", false, true)]
    [InlineData(";", true, true)]
    public void Panel_TabOrSemicolonSeparated_WritesTheSameClusterMetricsAsComma(string delimiter, bool given, bool large)
    {
        // A large panel (over 4 MiB) is parsed in parts on every core (Sylvan), a small one on one thread (the tokenizer).
        var panel = large ? Large.Value : Small.Value;
        using var s = new Scratch();
        string comma = s.PathOf("panel.csv");
        PanelWriter.WriteCsv(panel, comma);
        Assert.Equal(large, new FileInfo(comma).Length > 4 << 20);
        char d = delimiter == "tab" ? '\t' : ';';
        string other = s.Text("panel.txt", File.ReadAllText(comma).Replace(',', d));

        var (commaCode, _, commaError) = CliRunner.Run("panel", "--input", comma, "--output", s.PathOf("comma"));
        string[] args = given
            ? ["panel", "--input", other, "--output", s.PathOf("other"), "--delimiter", delimiter]
            : ["panel", "--input", other, "--output", s.PathOf("other")];
        var (code, _, error) = CliRunner.Run(args);

        Assert.True(commaCode == 0, commaError);
        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllBytes(Path.Combine(s.PathOf("comma"), "cluster_metrics.csv")), File.ReadAllBytes(Path.Combine(s.PathOf("other"), "cluster_metrics.csv")));
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(s.PathOf("other"), "manifest.json")));
        var recorded = manifest.RootElement.GetProperty("options").GetProperty("delimiter");
        Assert.Equal(given ? delimiter : null, recorded.ValueKind == JsonValueKind.Null ? null : recorded.GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Panel_StandardInput_WritesWhatTheFileGives_AndHashesTheBytesRead(bool parquet)
    {
        using var s = new Scratch();
        string file = s.PathOf(parquet ? "panel.parquet" : "panel.csv");
        if (parquet)
        {
            PanelWriter.WriteParquet(Small.Value, file);
        }
        else
        {
            PanelWriter.WriteCsv(Small.Value, file);
        }

        byte[] bytes = File.ReadAllBytes(file);
        var (fileCode, fileOutput, _) = CliRunner.Run("panel", "--input", file, "--output", s.PathOf("file"), "--enterprise-yoy");
        var stdin = new SpoolWatcher(bytes, s.Folder);
        var (code, output, error) = CliRunner.RunWithInput(stdin, "panel", "--input", "-", "--output", s.PathOf("stdin"), "--enterprise-yoy");

        Assert.Equal(0, fileCode);
        Assert.True(code == 0, error);
        foreach (string name in new[] { "cluster_metrics.csv", "enterprise_yoy.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(s.PathOf("file"), name)), File.ReadAllBytes(Path.Combine(s.PathOf("stdin"), name)));
        }

        // The summary and the progress name standard input as -.
        Assert.StartsWith("-: " + fileOutput.Split('\n')[0][(file.Length + 2)..], output, StringComparison.Ordinal);
        Assert.Contains("loading -:", error, StringComparison.Ordinal);

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(s.PathOf("stdin"), "manifest.json")));
        var input = manifest.RootElement.GetProperty("input");
        Assert.Equal("-", input.GetProperty("path").GetString());
        Assert.Equal(bytes.Length, input.GetProperty("bytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), input.GetProperty("sha256").GetString());

        // The copy was beside the output folder while standard input was read, and is gone after the run.
        Assert.Single(stdin.SpoolsSeenAtEnd);
        Assert.Empty(Spools(s.Folder));
    }

    [Fact]
    public void Panel_StandardInputRefused_LeavesNoSpool_AndNamesTheInputAsDash()
    {
        using var s = new Scratch();
        var stdin = new SpoolWatcher("ent_id,cluster,period,ytd_output\n1,0,202402,1\n1,0,202401,2\n"u8.ToArray(), s.Folder);

        var (code, output, error) = CliRunner.RunWithInput(stdin, "panel", "--input", "-", "--output", s.PathOf("out"));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("taizhou-metrics: -: row 2 (line 3), enterprise 1: period 202401 comes after period 202402", error, StringComparison.Ordinal);
        Assert.Single(stdin.SpoolsSeenAtEnd);
        Assert.Empty(Spools(s.Folder));
        Assert.False(Directory.Exists(s.PathOf("out")));
    }

    private static List<string> Spools(string folder) => [.. Directory.EnumerateFiles(folder, ".taizhou-metrics-panel-*")];

    private static EnterprisePanel Create(SyntheticPanel data) => EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);

    /// <summary>Standard input that, when read to its end, notes the spool files in a folder (the copy being written).</summary>
    private sealed class SpoolWatcher(byte[] bytes, string folder) : MemoryStream(bytes)
    {
        public List<string> SpoolsSeenAtEnd { get; private set; } = [];

        public override int Read(byte[] buffer, int offset, int count) => Noted(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Noted(base.Read(buffer));

        private int Noted(int n)
        {
            if (n == 0)
            {
                SpoolsSeenAtEnd = Spools(folder);
            }

            return n;
        }
    }
}
