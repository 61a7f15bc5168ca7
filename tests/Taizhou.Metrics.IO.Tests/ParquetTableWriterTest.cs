using System;
using System.Collections.Generic;
using System.IO;
using DuckDB.NET.Data;
using Xunit;

namespace Taizhou.Metrics.IO.Tests;

/// <summary>
/// <see cref="ParquetTableWriter"/>: the tables it writes are read back by DuckDB (a peer Parquet reader) with the
/// declared physical types and repetitions, and every value exactly as written (nulls where null), across row groups.
/// </summary>
public class ParquetTableWriterTest
{
    private static readonly ParquetColumn[] Columns =
    [
        new("name", ParquetColumnType.String, false),
        new("note", ParquetColumnType.String, true),
        new("period", ParquetColumnType.Int32, false),
        new("count", ParquetColumnType.Int32, true),
        new("total", ParquetColumnType.Double, false),
        new("yoy_pct", ParquetColumnType.Double, true),
    ];

    [Fact]
    public void Write_TwoRowGroups_DuckDbReadsEveryValueAndNull_WithTheDeclaredTypes()
    {
        using var folder = new TempFolder();
        string path = folder.File("table.parquet");
        using (var file = File.Create(path))
        using (var writer = ParquetTableWriter.Create(file, Columns))
        {
            writer.BeginRowGroup(3);
            writer.Write(["0", "total", "台州"]);
            writer.Write([null, "a", null]);
            writer.Write(new[] { 202301, 202412, int.MinValue }.AsMemory());
            writer.Write(new int?[] { null, int.MaxValue, -1 }.AsMemory());
            writer.Write(new[] { 0.1, -0.0, double.MaxValue }.AsMemory());
            writer.Write(new double?[] { 26.700000000000003, null, double.Epsilon }.AsMemory());
            writer.EndRowGroup();
            writer.BeginRowGroup(1);
            writer.Write(["1"]);
            writer.Write(["b"]);
            writer.Write(new[] { 202501 }.AsMemory());
            writer.Write(new int?[] { 7 }.AsMemory());
            writer.Write(new[] { 1e-300 }.AsMemory());
            writer.Write(new double?[] { null }.AsMemory());
            writer.EndRowGroup();
        }

        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        // parquet_schema: one leaf per column (after the root) with its physical type and repetition.
        var schema = Query(duck, $"SELECT name, type, repetition_type, converted_type FROM parquet_schema('{path}') WHERE num_children IS NULL");
        List<object?[]> expectedSchema =
            [
                ["name", "BYTE_ARRAY", "REQUIRED", "UTF8"],
                ["note", "BYTE_ARRAY", "OPTIONAL", "UTF8"],
                ["period", "INT32", "REQUIRED", "INT_32"],
                ["count", "INT32", "OPTIONAL", "INT_32"],
                ["total", "DOUBLE", "REQUIRED", null],
                ["yoy_pct", "DOUBLE", "OPTIONAL", null],
            ];
        Assert.Equal(expectedSchema, schema);
        Assert.Equal(2L, Query(duck, $"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{path}')")[0][0]);
        var rows = Query(duck, $"SELECT * EXCLUDE (file_row_number) FROM read_parquet('{path}', file_row_number = true) ORDER BY file_row_number");
        List<object?[]> expectedRows =
            [
                ["0", null, 202301, null, 0.1, 26.700000000000003],
                ["total", "a", 202412, int.MaxValue, -0.0, null],
                ["台州", null, int.MinValue, -1, double.MaxValue, double.Epsilon],
                ["1", "b", 202501, 7, 1e-300, null],
            ];
        Assert.Equal(expectedRows, rows);
        Assert.True(double.IsNegative((double)rows[1][4]!), "-0.0 keeps its sign");
    }

    [Fact]
    public void Write_NoRowGroup_IsAnEmptyTableWithItsColumns()
    {
        using var folder = new TempFolder();
        string path = folder.File("empty.parquet");
        using (var file = File.Create(path))
        using (ParquetTableWriter.Create(file, Columns))
        {
        }

        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        Assert.Equal(0L, Query(duck, $"SELECT count(*) FROM read_parquet('{path}')")[0][0]);
        Assert.Equal(6, Query(duck, $"SELECT name FROM parquet_schema('{path}') WHERE num_children IS NULL").Count);
    }

    [Fact]
    public void Write_ValuesOfAnotherTypeOrLength_OrAColumnLeftOut_Throws()
    {
        using var stream = new MemoryStream();
        using var writer = ParquetTableWriter.Create(stream, Columns);
        Assert.Throws<InvalidOperationException>(() => writer.Write(["x"]));   // no row group open
        writer.BeginRowGroup(2);
        var wrongType = Assert.Throws<InvalidOperationException>(() => writer.Write(new[] { 1, 2 }.AsMemory()));
        Assert.Equal("column 'name' is required String; required Int32 values were given", wrongType.Message);
        var wrongLength = Assert.Throws<InvalidOperationException>(() => writer.Write(["a"]));
        Assert.Equal("column 'name' was given 1 values for a row group of 2 rows", wrongLength.Message);
        var nullInRequired = Assert.Throws<InvalidOperationException>(() => writer.Write(["a", null]));
        Assert.Equal("column 'name' is required and cannot take a null string", nullInRequired.Message);
        writer.Write(["a", "b"]);
        writer.Write(["c", null]);
        var nullable = Assert.Throws<InvalidOperationException>(() => writer.Write(new int?[] { 1, 2 }.AsMemory()));
        Assert.Equal("column 'period' is required Int32; nullable Int32 values were given", nullable.Message);
        var leftOut = Assert.Throws<InvalidOperationException>(writer.EndRowGroup);
        Assert.Equal("the row group ends before column 'period' was written", leftOut.Message);
    }

    [Fact]
    public void Create_TwoColumnsOfOneName_Throws()
    {
        using var stream = new MemoryStream();
        var ex = Assert.Throws<ArgumentException>(() => ParquetTableWriter.Create(stream, [new("a", ParquetColumnType.Int32, false), new("a", ParquetColumnType.Double, true)]));
        Assert.StartsWith("two columns have the same name: a, a", ex.Message, StringComparison.Ordinal);
    }

    private static List<object?[]> Query(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int k = 0; k < row.Length; k++)
            {
                row[k] = reader.IsDBNull(k) ? null : reader.GetValue(k);
            }

            rows.Add(row);
        }

        return rows;
    }
}
