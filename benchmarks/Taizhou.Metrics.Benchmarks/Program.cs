using BenchmarkDotNet.Running;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/Taizhou.Metrics.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher: --filter, --job, --list, ...).</summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
