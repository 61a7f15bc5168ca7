using System;
using System.IO;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>
/// docs/bad-input.md, "Outputs and environment": an output that cannot be written is the environment, not the input:
/// exit 3, one line naming the file the user asked for, never a half-written file in its place.
/// </summary>
public class OutputsTest
{
    private const string Panel = "ent_id,cluster,period,ytd_output\n1,0,202301,100\n1,0,202401,120\n";

    [Fact]
    public void OutputFolderIsAFile_ExitsThreeNamingIt()
    {
        using var s = new Scratch();
        string file = s.Text("out", "not a folder\n");

        var run = CliRunner.Run("panel", "--input", s.Text("p.csv", Panel), "--output", file);

        Expect.Exit(3, run, $"taizhou-metrics: cannot write {file}: ");
        Assert.Equal("not a folder\n", File.ReadAllText(file));
    }

    [Fact]
    public void OutputFolderUnderAFile_ExitsThreeNamingIt()
    {
        using var s = new Scratch();
        string dir = Path.Combine(s.Text("out", "not a folder\n"), "sub");

        var run = CliRunner.Run("panel", "--input", s.Text("p.csv", Panel), "--output", dir);

        Expect.Exit(3, run, $"taizhou-metrics: cannot write {dir}: ");
        Assert.DoesNotContain("wrote", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputFolderNotWritable_ExitsThreeNamingTheFile()
    {
        using var s = new Scratch();
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix permissions.");
        }
        else
        {
            string dir = s.PathOf("readonly");
            Directory.CreateDirectory(dir);
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            if (CanCreateFileIn(dir))
            {
                // Root ignores the folder's permissions; sysfs refuses new files to everyone.
                Assert.SkipUnless(Directory.Exists("/sys/kernel"), "Running as root without /sys/kernel: no folder refuses a new file.");
                dir = "/sys/kernel";
            }

            var run = CliRunner.Run("panel", "--input", s.Text("p.csv", Panel), "--output", dir);

            Expect.Exit(3, run, $"taizhou-metrics: cannot write {Path.Combine(dir, "cluster_metrics.csv")}: ");
            Assert.DoesNotContain(".tmp", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OutputFileIsAFolder_ExitsThreeNamingIt()
    {
        using var s = new Scratch();
        // The environment refuses the write (before: exit 2, as if the panel were bad). An earlier run's manifest is there.
        string dir = s.PathOf("out");
        Directory.CreateDirectory(Path.Combine(dir, "cluster_metrics.csv"));
        File.WriteAllText(Path.Combine(dir, "manifest.json"), "{\"schema\":\"an earlier run\"}");

        var run = CliRunner.Run("panel", "--input", s.Text("p.csv", Panel), "--output", dir);

        Expect.Exit(3, run, $"taizhou-metrics: cannot write {Path.Combine(dir, "cluster_metrics.csv")}: ");
        Assert.DoesNotContain("wrote", run.Output, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(dir, "cluster_metrics.csv")));
        Assert.False(File.Exists(Path.Combine(dir, "manifest.json")));
        Assert.Empty(Directory.GetFiles(dir)); // no temporary file, and the earlier manifest no longer vouches for the folder
    }

    [Fact]
    public void ChartFolderMissing_ExitsThreeBeforePrintingTheResult()
    {
        using var s = new Scratch();
        string chart = Path.Combine(s.PathOf("no-such-folder"), "c.png");

        var run = CliRunner.Run("project", "--input", s.Text("s.csv", "period,value\n2014,100\n2015,110\n"), "--target", "2020:500", "--chart", chart);

        Expect.Exit(3, run, $"taizhou-metrics: cannot write {chart}: ");
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void StandardOutputFails_ExitsThreeInOneLine()
    {
        // A full disk behind standard output (report > /full/disk/file): the environment, not the input (before:
        // "Unhandled exception:", exit 1).
        using var error = new StringWriter();

        int code = CliApp.Run(["report"], new FullDiskWriter(), error);

        string text = error.ToString();
        Expect.Exit(3, (code, string.Empty, text), "taizhou-metrics: internal error: IOException: No space left on device (--verbose shows where)");
        Assert.StartsWith("taizhou-metrics: internal error: IOException: No space left on device", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    private static bool CanCreateFileIn(string dir)
    {
        try
        {
            string probe = Path.Combine(dir, "probe");
            using (File.Create(probe))
            {
            }

            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
