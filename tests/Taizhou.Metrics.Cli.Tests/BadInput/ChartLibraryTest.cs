using System;
using System.IO;
using System.Runtime.InteropServices;
using Taizhou.Metrics.Cli.Output;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>
/// docs/bad-input.md, "Outputs and environment": a chart on a platform whose tool package has no native SkiaSharp
/// (the fallback package carries the natives of a few platforms only) is the environment: exit 3, one line that names
/// the platform, where the tool draws and what to use instead, not "internal error: TypeInitializationException".
/// </summary>
public class ChartLibraryTest
{
    [Fact]
    public void ChartLibraryMissing_ExitsThreeNamingThePlatformAndWhereTheToolDraws()
    {
        // What SkiaSharp throws without its native library: ScottPlot.Fonts' type initializer fails on SKTypeface's,
        // which failed on the DllNotFoundException (seen from the fallback package run on linux-x64).
        var missing = new TypeInitializationException(
            "ScottPlot.Fonts",
            new TypeInitializationException("SkiaSharp.SKTypeface", new DllNotFoundException("Unable to load shared library 'libSkiaSharp'")));

        var ex = Assert.Throws<OutputException>(() => ChartFile.Draw("--chart 'c.png'", null, _ => throw missing));
        using var error = new StringWriter();
        int code = CliApp.Fail(error, ex, verbose: false);

        Assert.Equal(3, code);
        string line = Assert.Single(error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("taizhou-metrics: --chart 'c.png': this install of taizhou-metrics has no native chart library (SkiaSharp) for ", line, StringComparison.Ordinal);
        Assert.Contains(RuntimeInformation.RuntimeIdentifier, line, StringComparison.Ordinal);
        // The platforms of the csproj's ToolPackageRuntimeIdentifiers (without any) and FallbackNativeRuntimeIdentifiers.
        Assert.Contains(
            "installs one on linux-x64, linux-arm64, linux-musl-x64, win-x64, win-arm64, osx-x64, osx-arm64, linux-arm, linux-musl-arm, win-x86;",
            line,
            StringComparison.Ordinal);
        Assert.Contains("Taizhou.Metrics.Charts", line, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", line, StringComparison.Ordinal);
    }
}
