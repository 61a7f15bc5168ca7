using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using DuckDB.NET.Data;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.IO.Tests;

/// <summary>
/// Files written by a peer (DuckDB: dictionary and RLE encodings, data pages v1 and v2, delta encodings, every codec
/// Parquet.Net reads) pass the reader's checks and load the same panel; and they stay well within the plausibility
/// limit of rows a byte (<see cref="ParquetLayout.MaxRowsPerByte"/>), even for a panel of zero outputs.
/// </summary>
public class ParquetPeerFileTest
{
    [Theory]
    [InlineData("snappy", "V1")]
    [InlineData("zstd", "V1")]
    [InlineData("gzip", "V1")]
    [InlineData("uncompressed", "V1")]
    [InlineData("snappy", "V2")]
    [InlineData("zstd", "V2")]
    [InlineData("lz4_raw", "V2")]
    [InlineData("brotli", "V1")]
    public void DuckDbFile_LoadsTheSamePanel(string codec, string version)
    {
        using var folder = new TempFolder();
        var panel = Generated(zeroOutput: false);
        string path = WriteWithDuckDb(folder, panel, codec, version, rowGroupSize: 2048);
        var read = PanelReader.ReadParquet(path, null);
        Assert.True(read.EnterpriseIds.SequenceEqual(panel.EnterpriseIds));
        Assert.True(read.Clusters.SequenceEqual(panel.Clusters));
        Assert.True(read.Periods.SequenceEqual(panel.Periods));
        Assert.True(MemoryMarshal.AsBytes(read.YearToDateOutput).SequenceEqual(MemoryMarshal.AsBytes(panel.YearToDateOutput)));
    }

    [Theory]
    [InlineData(false, "snappy")]
    [InlineData(true, "snappy")]
    [InlineData(true, "zstd")]
    [InlineData(false, "PanelWriter")]
    [InlineData(true, "PanelWriter")]
    public void PanelFiles_TakeFarMoreThanTheLimitsBytesARow(bool zeroOutput, string codec)
    {
        using var folder = new TempFolder();
        var panel = Generated(zeroOutput);
        string path = folder.File("panel.parquet");
        if (codec == "PanelWriter")
        {
            PanelWriter.WriteParquet(panel, path);
        }
        else
        {
            path = WriteWithDuckDb(folder, panel, codec, "V2", rowGroupSize: 122_880);
        }

        double rowsPerByte = (double)panel.RowCount / new FileInfo(path).Length;
        TestContext.Current.TestOutputHelper?.WriteLine($"{codec}, zero output {zeroOutput}: {panel.RowCount} rows in {new FileInfo(path).Length} bytes, {rowsPerByte:F3} rows a byte");
        Assert.True(rowsPerByte * 4 < ParquetLayout.MaxRowsPerByte, $"{rowsPerByte} rows a byte");
        Assert.Equal(panel.RowCount, PanelReader.ReadParquet(path, null).RowCount);
    }

    private static EnterprisePanel Generated(bool zeroOutput)
    {
        var data = SyntheticPanel.Generate(2000, 60, withCents: false, seed: 11);
        var output = zeroOutput ? new double[data.RowCount] : data.YearToDateOutput;
        return EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, output);
    }

    private static string WriteWithDuckDb(TempFolder folder, EnterprisePanel panel, string codec, string version, int rowGroupSize)
    {
        string csv = folder.File("panel.csv");
        PanelWriter.WriteCsv(panel, csv);
        string path = folder.File($"duck-{codec}-{version}.parquet");
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $$"""
            COPY (SELECT * FROM read_csv('{{csv}}', header = true, columns = {'ent_id': 'INTEGER', 'cluster': 'INTEGER', 'period': 'INTEGER', 'ytd_output': 'DOUBLE'}) ORDER BY ent_id, period)
            TO '{{path}}' (FORMAT parquet, COMPRESSION {{codec}}, PARQUET_VERSION {{version}}, ROW_GROUP_SIZE {{rowGroupSize}})
            """;
        command.ExecuteNonQuery();
        return path;
    }
}
