using System;
using System.Buffers;
using System.Runtime.InteropServices;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Advises Linux to back a large, freshly allocated column with transparent huge pages (<c>madvise(MADV_HUGEPAGE)</c>),
/// where the system leaves them to the program's advice (<c>/sys/kernel/mm/transparent_hugepage/enabled</c> set to
/// <c>madvise</c>, the default of many distributions): the first write to each 4 KiB page of a gigabyte of columns is
/// otherwise one of 262,144 page faults, which cost as much as decoding the values.
/// </summary>
/// <remarks>
/// Only advice: nothing changes on other systems, when the kernel refuses, or where huge pages are disabled; the values
/// are the same either way.
/// </remarks>
internal static partial class HugePages
{
    private const int MadvHugePage = 14;
    private const long HugePage = 2 << 20;

    /// <summary>Advises the whole 2 MiB pages that lie within <paramref name="column"/>.</summary>
    public static unsafe void Advise<T>(Memory<T> column)
        where T : unmanaged
    {
        if (!OperatingSystem.IsLinux() || (long)column.Length * sizeof(T) < 2 * HugePage)
        {
            return;
        }

        using MemoryHandle pinned = column.Pin();
        long start = (long)pinned.Pointer;
        long end = start + ((long)column.Length * sizeof(T));
        long first = (start + HugePage - 1) & ~(HugePage - 1);
        long last = end & ~(HugePage - 1);
        if (last > first)
        {
            try
            {
                _ = Madvise((nint)first, (nuint)(last - first), MadvHugePage);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // No libc to ask: the pages stay as they are.
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
