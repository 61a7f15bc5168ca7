using System;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Linq;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.IO.Tests;

/// <summary>
/// What the Parquet reader detects in a corrupt file, one case each, with the message it gives: a footer that lies
/// about its rows (refused before anything is sized from it), chunks out of the file or overlapping, a page whose
/// CRC-32 does not match, values that disagree with the footer's statistics, and text from the file quoted safely.
/// </summary>
public class ParquetCorruptionTest
{
    private static EnterprisePanel Small() =>
        EnterprisePanel.Create(
            [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4],
            [0, 0, 0, 1, 1, 1, 0, 0, 0, 2, 2, 2],
            [202401, 202402, 202403, 202401, 202402, 202403, 202401, 202402, 202403, 202401, 202402, 202403],
            [1, 2, 3, 10, 20, 30, 5, 5, 6, 7.5, 8.5, 9.5]);

    [Fact]
    public void FooterClaimingTwoBillionRows_IsRefusedBeforeAnyLargeAllocation()
    {
        using var folder = new TempFolder();
        byte[] file = ParquetBytes.WriteMinimal(Small(), [12], crc: false, statistics: false);
        var footer = ParquetBytes.ReadFooter(file);
        const long Claim = 2_000_000_000;
        var lie = footer with { NumRows = Claim, RowGroups = [footer.RowGroups[0] with { NumRows = Claim }] };
        for (int c = 0; c < 4; c++)
        {
            lie = ParquetBytes.WithChunk(lie, 0, c, m => m with { NumValues = Claim });
        }

        string path = folder.File("lie.parquet");
        byte[] bytes = ParquetBytes.WithFooter(file, lie);
        Assert.True(bytes.Length < 1024, $"{bytes.Length} bytes");
        System.IO.File.WriteAllBytes(path, bytes);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The panel would take 40 GB; the refusal costs the footer's few objects and the message.
        Assert.True(allocated < (1 << 20), $"{allocated} bytes allocated");
        Assert.Contains("row group 0 claims 2000000000 rows in", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"at most {ParquetLayout.MaxRowsPerByte} rows a byte are plausible", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith(path + ": cannot be read as Parquet: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeRowCount_IsRefused()
    {
        using var folder = new TempFolder();
        byte[] file = ParquetBytes.WriteMinimal(Small(), [6, 6], crc: false, statistics: false);
        var footer = ParquetBytes.ReadFooter(file);
        string path = folder.File("p.parquet");
        System.IO.File.WriteAllBytes(path, ParquetBytes.WithFooter(file, footer with { RowGroups = [footer.RowGroups[0] with { NumRows = -1 }, footer.RowGroups[1]] }));
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Equal($"{path}: cannot be read as Parquet: row group 0 claims -1 rows.", ex.Message);
    }

    [Fact]
    public void FooterLengthBeyondTheFile_IsRefusedWithoutReadingIt()
    {
        using var folder = new TempFolder();
        byte[] file = ParquetBytes.WriteMinimal(Small(), [12], crc: false, statistics: false);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(file.Length - 8), int.MaxValue);
        string path = folder.File("p.parquet");
        System.IO.File.WriteAllBytes(path, file);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < (1 << 20));
        Assert.Contains($"the footer length at byte {file.Length - 8} is 2147483647, but the file has room for 1 to {file.Length - 12} bytes of footer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChunkPointingAtAnotherColumnsBytes_IsRefusedAsOverlapping()
    {
        using var folder = new TempFolder();
        byte[] file = ParquetBytes.WriteMinimal(Small(), [12], crc: false, statistics: false);
        var footer = ParquetBytes.ReadFooter(file);
        var cluster = footer.RowGroups[0].Columns[1].MetaData!;

        // Without the check, the periods would silently be read from the clusters' pages (both INT32, same count).
        var edited = ParquetBytes.WithChunk(footer, 0, 2, m => m with { DataPageOffset = cluster.DataPageOffset, TotalCompressedSize = cluster.TotalCompressedSize });
        string path = folder.File("p.parquet");
        System.IO.File.WriteAllBytes(path, ParquetBytes.WithFooter(file, edited));
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Contains("row group 0, column 'cluster'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("row group 0, column 'period'", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("overlap.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Crc32_IsTheStandardOne()
    {
        // The check value of CRC-32 (polynomial 0x04C11DB7 reflected, as in gzip), which parquet.thrift names.
        Assert.Equal(0xCBF43926u, Crc32.HashToUInt32("123456789"u8));
    }

    [Fact]
    public void PageWhoseBytesDoNotMatchItsCrc_IsRefused_NamingThePage()
    {
        using var folder = new TempFolder();
        var panel = Small();
        byte[] file = ParquetBytes.WriteMinimal(panel, [12], crc: true, statistics: false, pagesPerChunk: 1);
        var footer = ParquetBytes.ReadFooter(file);
        var output = footer.RowGroups[0].Columns[3].MetaData!;

        // Flip the lowest mantissa bit of the first output (the page holds the 12 outputs, PLAIN, at its end): 1 becomes
        // 1.0000000000000002, which breaks no rule of the panel.
        long firstValue = output.DataPageOffset + output.TotalCompressedSize - (12 * 8);
        file[firstValue] ^= 1;
        string path = folder.File("p.parquet");
        System.IO.File.WriteAllBytes(path, file);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Contains($"row group 0, column 'ytd_output' (bytes {output.DataPageOffset} to {output.DataPageOffset + output.TotalCompressedSize}): the page at byte {output.DataPageOffset}: the page's CRC-32 is", ex.Message, StringComparison.Ordinal);

        // The same flip in the file without CRCs changes the output silently: there is nothing to detect it with.
        byte[] plain = ParquetBytes.WriteMinimal(panel, [12], crc: false, statistics: false, pagesPerChunk: 1);
        var plainOutput = ParquetBytes.ReadFooter(plain).RowGroups[0].Columns[3].MetaData!;
        plain[plainOutput.DataPageOffset + plainOutput.TotalCompressedSize - (12 * 8)] ^= 1;
        System.IO.File.WriteAllBytes(path, plain);
        var read = PanelReader.ReadParquet(path, null);
        Assert.Equal(BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(1.0) ^ 1), read.YearToDateOutput[0]);
    }

    [Fact]
    public void ValuesDisagreeingWithTheFootersStatistics_AreRefused()
    {
        using var folder = new TempFolder();
        byte[] file = ParquetBytes.WriteMinimal(Small(), [12], crc: false, statistics: true, pagesPerChunk: 1);
        var output = ParquetBytes.ReadFooter(file).RowGroups[0].Columns[3].MetaData!;

        // The column's max is enterprise 2's 30 in 202403 (row 5); lower it to 25, still a rising year-to-date.
        long values = output.DataPageOffset + output.TotalCompressedSize - (12 * 8);
        BinaryPrimitives.WriteDoubleLittleEndian(file.AsSpan((int)values + (5 * 8)), 25.0);
        string path = folder.File("p.parquet");
        System.IO.File.WriteAllBytes(path, file);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Equal(
            $"{path}: cannot be read as Parquet: row group 0, column 'ytd_output' (bytes {output.DataPageOffset} to {output.DataPageOffset + output.TotalCompressedSize}): the decoded values run from 1 to 25 but the footer's statistics say 1 to 30.",
            ex.Message);
    }

    [Fact]
    public void ZstandardPageThatWouldInflateFarBeyondItsValues_IsRefusedBeforeDecompressing()
    {
        // Each page is a Zstandard frame without a declared size: 250 RLE blocks of 128 KiB of zeros, 1 KB stored, that
        // ZstdSharp (through Parquet.Net) would decompress into a 32 MB buffer for the page's 48 or 96 bytes of values.
        static byte[] Bomb(byte[] plain)
        {
            var frame = new System.Collections.Generic.List<byte> { 0x28, 0xB5, 0x2F, 0xFD, 0x00, 0x58 };
            for (int b = 0; b < 250; b++)
            {
                int header = ((128 << 10) << 3) | (1 << 1) | (b == 249 ? 1 : 0);
                frame.AddRange([(byte)header, (byte)(header >> 8), (byte)(header >> 16), 0]);
            }

            return [.. frame];
        }

        using var folder = new TempFolder();
        byte[] file = ParquetBytes.WriteMinimal(Small(), [12], crc: false, statistics: false, pagesPerChunk: 1, codec: 6, compress: Bomb);
        string path = folder.File("p.parquet");
        System.IO.File.WriteAllBytes(path, file);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Contains("row group 0, column 'ent_id'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"the page's compressed data declares {250 * (128 << 10)} bytes uncompressed for 12 values; at most {(12 * 5) + 64} are plausible", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnNameWithControlCharacters_IsQuotedOnOneLine()
    {
        using var folder = new TempFolder();
        byte[] file = ParquetBytes.WriteMinimal(Small(), [12], crc: false, statistics: false);
        var footer = ParquetBytes.ReadFooter(file);
        string name = "ytd\noutput\u202e" + new string('x', 500);
        string path = folder.File("p.parquet");
        System.IO.File.WriteAllBytes(path, ParquetBytes.WithFooter(file, ParquetBytes.WithSchema(footer, 4, e => e with { Name = name })));
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.DoesNotContain('\n', ex.Message);
        Assert.DoesNotContain('\u202e', ex.Message);
        Assert.Contains("ent_id, cluster, period, ytd\\u000aoutput\\u202exxx", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < path.Length + 300, ex.Message);
    }
}
