using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "Parquet" (<c>panel</c>): files that are not Parquet, corrupt, lying in their footer, or of the wrong schema.</summary>
public class ParquetTest
{
    private static readonly EnterprisePanel Small = EnterprisePanel.Create(
        [1, 1, 1, 2, 2, 2],
        [0, 0, 0, 1, 1, 1],
        [202401, 202402, 202403, 202401, 202402, 202403],
        [10, 20, 30, 5, 7, 9]);

    private static System.Threading.CancellationToken Token => TestContext.Current.CancellationToken;

    private static (int ExitCode, string Output, string Error) Panel(Scratch s, byte[] file) =>
        CliRunner.Run("panel", "--input", s.Bytes("p.parquet", file), "--output", s.PathOf("out"));

    [Fact]
    public void ParquetEmptyFile_ExitsTwoSayingItIsTooShort()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, []), "p.parquet: cannot be read as Parquet: the file has 0 bytes; a Parquet file has at least 12");
    }

    [Fact]
    public void ParquetNamedCsvFile_ExitsTwoShowingItsFirstBytes()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "ent_id,cluster,period,ytd_output\n1,0,202401,1\n"u8.ToArray()), "p.parquet: cannot be read as Parquet: it does not begin and end with PAR1 (it begins with");
    }

    [Fact]
    public void ParquetTruncated_ExitsTwoSayingItDoesNotEndWithPar1()
    {
        using var s = new Scratch();
        byte[] file = ParquetFile.Written(Small);

        var run = Panel(s, file[..(file.Length / 2)]);

        Expect.Exit(2, run, "p.parquet: cannot be read as Parquet: it does not begin and end with PAR1");
        Assert.False(Directory.Exists(s.PathOf("out")));
    }

    [Fact]
    public void ParquetFooterLengthEdited_ExitsTwoNamingTheByte()
    {
        using var s = new Scratch();
        byte[] file = ParquetFile.Written(Small);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(file.Length - 8), int.MaxValue);

        Expect.Exit(2, Panel(s, file), $"p.parquet: cannot be read as Parquet: the footer length at byte {file.Length - 8} is 2147483647, but the file has room for 1 to {file.Length - 12} bytes of footer.");
    }

    [Fact]
    public void ParquetFooterOverwritten_ExitsTwoSayingItCannotBeDecoded()
    {
        using var s = new Scratch();
        byte[] file = ParquetFile.Written(Small);
        file.AsSpan(ParquetFile.FooterStart(file), 16).Fill(0xFF);

        Expect.Exit(2, Panel(s, file), "p.parquet: cannot be read as Parquet: the footer cannot be decoded: ");
    }

    [Fact]
    public void ParquetOneKilobyteClaimingTwoBillionRows_ExitsTwoBeforeAllocating()
    {
        // The panel would take 40 GB; the claim is refused from the footer, against the bytes of its columns.
        using var s = new Scratch();
        const long Claim = 2_000_000_000;
        byte[] file = ParquetFile.WithFooter(ParquetFile.Written(Small), f => f with
        {
            NumRows = Claim,
            RowGroups = [f.RowGroups[0] with
            {
                NumRows = Claim,
                Columns = [.. f.RowGroups[0].Columns.Select(c => c with { MetaData = c.MetaData! with { NumValues = Claim } })],
            }],
        });
        Assert.True(file.Length <= 1024, $"{file.Length} bytes");

        long before = GC.GetAllocatedBytesForCurrentThread();
        var run = Panel(s, file);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Expect.Exit(2, run, "p.parquet: cannot be read as Parquet: row group 0 claims 2000000000 rows in ", "rows a byte are plausible");
        Assert.True(allocated < (16 << 20), $"{allocated} bytes allocated");
    }

    [Fact]
    public void ParquetPageHeaderFlipped_ExitsTwoNamingGroupAndColumn()
    {
        // Every bit of the first byte of the ent_id chunk's first page header flipped.
        using var s = new Scratch();
        byte[] file = ParquetFile.Written(Small);
        var meta = ParquetFile.Footer(file).RowGroups[0].Columns[0].MetaData!;
        long first = Math.Min(meta.DataPageOffset, meta.DictionaryPageOffset ?? long.MaxValue);
        file[first] ^= 0xFF;

        Expect.Exit(2, Panel(s, file), "p.parquet: cannot be read as Parquet: row group 0, column 'ent_id' (bytes ");
    }

    [Fact]
    public void ParquetPageDataFlippedWithChecksum_ExitsTwoNamingTheChecksum()
    {
        // One bit of a ytd_output value flipped in a file whose pages carry their CRC-32 (as parquet-java writes them).
        using var s = new Scratch();
        double[] output = [10, 20, 30, 5, 7, 9];
        byte[] file = ParquetFile.Minimal([1, 1, 1, 2, 2, 2], [0, 0, 0, 1, 1, 1], [202401, 202402, 202403, 202401, 202402, 202403], output, checksums: true);
        int at = file.AsSpan().IndexOf(BitConverter.GetBytes(20.0));
        file[at] ^= 0x01;

        Expect.Exit(2, Panel(s, file), "p.parquet: cannot be read as Parquet: row group 0, column 'ytd_output' (bytes ", "the page's CRC-32 is ", "but its bytes give ");
    }

    [Fact]
    public void ParquetValueFlippedWithoutChecksum_IsNotDetected()
    {
        // The limit of what can be detected (docs/panel.md): without page checksums, a value changed to another valid
        // one that moves no statistic and breaks no rule of the panel loads as written. 20 → 20.000000000000004.
        using var s = new Scratch();
        byte[] file = ParquetFile.Minimal([1, 1, 1, 2, 2, 2], [0, 0, 0, 1, 1, 1], [202401, 202402, 202403, 202401, 202402, 202403], [10, 20, 30, 5, 7, 9], checksums: false);
        int at = file.AsSpan().IndexOf(BitConverter.GetBytes(20.0));
        file[at] ^= 0x01;

        var panel = PanelReader.ReadParquet(s.Bytes("p.parquet", file), null);

        Assert.Equal(BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(20.0) ^ 1), panel.YearToDateOutput[1]);
        Assert.NotEqual(20.0, panel.YearToDateOutput[1]);
    }

    [Fact]
    public void ParquetUnsortedRows_ExitsTwoNamingRowAndEnterprise()
    {
        using var s = new Scratch();
        byte[] file = ParquetFile.Minimal([1, 1, 2], [0, 0, 1], [202402, 202401, 202401], [1, 2, 3], checksums: true);

        Expect.Exit(2, Panel(s, file), "p.parquet: row 2, enterprise 1: period 202401 comes after period 202402");
    }

    [Fact]
    public async Task ParquetColumnOfWrongType_ExitsTwoNamingTheColumnAndBothTypes()
    {
        using var s = new Scratch();
        string path = s.PathOf("p.parquet");
        var fields = new DataField[] { new DataField<long>("ent_id"), new DataField<int>("cluster"), new DataField<int>("period"), new DataField<double>("ytd_output") };
        await using (var stream = File.Create(path))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: Token))
        {
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync<long>(fields[0], new[] { 1L }.AsMemory(), cancellationToken: Token);
            await rg.WriteAsync<int>(fields[1], new[] { 0 }.AsMemory(), cancellationToken: Token);
            await rg.WriteAsync<int>(fields[2], new[] { 202401 }.AsMemory(), cancellationToken: Token);
            await rg.WriteAsync<double>(fields[3], new[] { 1.0 }.AsMemory(), cancellationToken: Token);
        }

        Expect.Exit(2, CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out")), $"{path}: column 'ent_id' is Int64; expected Int32.");
    }

    [Fact]
    public async Task ParquetMissingColumn_ExitsTwoListingTheColumns()
    {
        using var s = new Scratch();
        string path = s.PathOf("p.parquet");
        var fields = new DataField[] { new DataField<int>("ent_id"), new DataField<int>("cluster"), new DataField<int>("month"), new DataField<double>("ytd_output") };
        await using (var stream = File.Create(path))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: Token))
        {
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync<int>(fields[0], new[] { 1 }.AsMemory(), cancellationToken: Token);
            await rg.WriteAsync<int>(fields[1], new[] { 0 }.AsMemory(), cancellationToken: Token);
            await rg.WriteAsync<int>(fields[2], new[] { 202401 }.AsMemory(), cancellationToken: Token);
            await rg.WriteAsync<double>(fields[3], new[] { 1.0 }.AsMemory(), cancellationToken: Token);
        }

        Expect.Exit(2, CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out")), $"{path}: no column 'period'; the file has ent_id, cluster, month, ytd_output.");
    }

    [Fact]
    public async Task ParquetNullCell_ExitsTwoNamingRowAndColumn()
    {
        using var s = new Scratch();
        string path = s.PathOf("p.parquet");
        var fields = new DataField[] { new DataField<int?>("ent_id"), new DataField<int?>("cluster"), new DataField<int?>("period"), new DataField<double?>("ytd_output") };
        await using (var stream = File.Create(path))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: Token))
        {
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync<int>(fields[0], new int?[] { 1, 1, 1 }.AsMemory(), cancellationToken: Token);
            await rg.WriteAsync<int>(fields[1], new int?[] { 0, 0, 0 }.AsMemory(), cancellationToken: Token);
            await rg.WriteAsync<int>(fields[2], new int?[] { 202401, null, 202403 }.AsMemory(), cancellationToken: Token);
            await rg.WriteAsync<double>(fields[3], new double?[] { 1, 2, 3 }.AsMemory(), cancellationToken: Token);
        }

        Expect.Exit(2, CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out")), $"{path}: row 2: column 'period' is null.");
    }

    [Fact]
    public void ParquetNegativeRowCount_ExitsTwoNamingTheRowGroup()
    {
        using var s = new Scratch();
        byte[] file = ParquetFile.WithFooter(ParquetFile.Written(Small), f => f with { RowGroups = [f.RowGroups[0] with { NumRows = -1 }] });

        Expect.Exit(2, Panel(s, file), "p.parquet: cannot be read as Parquet: row group 0 claims -1 rows.");
    }

    [Fact]
    public void ParquetFooterRowsDisagreeWithGroups_ExitsTwoNamingBothCounts()
    {
        // The footer claims one row less than its row group holds.
        using var s = new Scratch();
        byte[] file = ParquetFile.WithFooter(ParquetFile.Written(Small), f => f with { NumRows = 5 });

        Expect.Exit(2, Panel(s, file), "p.parquet: cannot be read as Parquet: the footer claims 5 rows but its row groups hold 6.");
    }

    [Fact]
    public void ParquetChunkOutsideTheFile_ExitsTwoNamingTheChunkAndTheBytes()
    {
        // The period chunk said to start a megabyte beyond the end of the file.
        using var s = new Scratch();
        byte[] file = ParquetFile.WithFooter(ParquetFile.Written(Small), f => f with
        {
            RowGroups = [f.RowGroups[0] with
            {
                Columns = [.. f.RowGroups[0].Columns.Select((c, i) => i != 2 ? c : c with { MetaData = c.MetaData! with { DataPageOffset = 1 << 20, DictionaryPageOffset = null } })],
            }],
        });

        Expect.Exit(2, Panel(s, file), "p.parquet: cannot be read as Parquet: row group 0, column 'period' claims bytes 1048576 to ", "but the column data of the file lies between bytes 4 and ");
    }
}
