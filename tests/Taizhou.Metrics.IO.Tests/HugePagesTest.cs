using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

namespace Taizhou.Metrics.IO.Tests;

/// <summary>
/// The huge-page advice reaches the kernel for the column's own memory: the mapping that holds a large column carries
/// the <c>hg</c> flag (VM_HUGEPAGE, set by <c>madvise(MADV_HUGEPAGE)</c>) in <c>/proc/self/smaps</c> afterwards.
/// </summary>
public class HugePagesTest
{
    [Fact]
    public unsafe void ALargeColumn_IsAdvisedAsHugePages()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/proc/self/smaps"), "huge-page advice is a Linux feature");
        string enabled = File.Exists("/sys/kernel/mm/transparent_hugepage/enabled") ? File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled") : "[never]";
        Assert.SkipWhen(enabled.Contains("[never]", StringComparison.Ordinal), "transparent huge pages are disabled on this system");

        var column = GC.AllocateUninitializedArray<double>(8 << 20, pinned: true);
        HugePages.Advise(column.AsMemory());
        fixed (double* start = column)
        {
            // The first whole 2 MiB page inside the column.
            long page = ((long)start + (2 << 20) - 1) & ~((2L << 20) - 1);
            Assert.Contains("hg", VmFlags(page).Split(' '));
        }

        GC.KeepAlive(column);
    }

    [Fact]
    public void ASmallColumn_IsLeftAsItIs() =>
        HugePages.Advise(new int[1000].AsMemory());

    /// <summary>The VmFlags of the mapping of /proc/self/smaps that contains an address.</summary>
    private static string VmFlags(long address)
    {
        bool inside = false;
        foreach (string line in File.ReadLines("/proc/self/smaps"))
        {
            int dash = line.IndexOf('-', StringComparison.Ordinal);
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash && long.TryParse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long from)
                && long.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long to))
            {
                inside = address >= from && address < to;
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Trim();
            }
        }

        throw new InvalidOperationException($"no mapping holds {address:x}");
    }
}
