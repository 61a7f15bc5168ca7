using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Hashing;
using System.Linq;
using System.Text;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.IO.Tests;

/// <summary>
/// Parquet files as bytes for the tests: a minimal writer of panels independent of Parquet.Net (PLAIN, uncompressed,
/// version 1 data pages, optionally with page CRC-32s and column statistics), and the footer of a file decoded into
/// <see cref="ParquetFooter"/>, edited and written back, for footer mutations.
/// </summary>
internal static class ParquetBytes
{
    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    private static readonly (string Name, int Type)[] Schema = [("ent_id", 1), ("cluster", 1), ("period", 1), ("ytd_output", 5)];

    /// <summary>
    /// Writes a panel as a Parquet file of row groups of the given sizes, each chunk in <paramref name="pagesPerChunk"/>
    /// pages, PLAIN; uncompressed unless <paramref name="compress"/> turns each page's bytes into those of <paramref name="codec"/>.
    /// </summary>
    public static byte[] WriteMinimal(EnterprisePanel panel, int[] groupSizes, bool crc, bool statistics, int pagesPerChunk = 2, int codec = 0, Func<byte[], byte[]>? compress = null) =>
        WriteMinimal(panel.EnterpriseIds.ToArray(), panel.Clusters.ToArray(), panel.Periods.ToArray(), panel.YearToDateOutput.ToArray(), groupSizes, crc, statistics, pagesPerChunk, codec, compress);

    /// <summary>
    /// Writes columns as a Parquet file like <see cref="WriteMinimal(EnterprisePanel, int[], bool, bool, int, int, Func{byte[], byte[]}?)"/>,
    /// the rows as given, valid as a panel or not.
    /// </summary>
    public static byte[] WriteMinimal(int[] ids, int[] clusters, int[] periods, double[] output, int[] groupSizes, bool crc, bool statistics, int pagesPerChunk = 2, int codec = 0, Func<byte[], byte[]>? compress = null)
    {
        var panel = new Columns(ids, clusters, periods, output);
        if (groupSizes.Sum() != ids.Length)
        {
            throw new ArgumentException("The group sizes must add up to the row count.", nameof(groupSizes));
        }

        var file = new MemoryStream();
        file.Write(Magic);
        var groups = new List<ParquetFooter.RowGroup>();
        int first = 0;
        foreach (int rows in groupSizes)
        {
            var chunks = new List<ParquetFooter.ColumnChunk>();
            for (int c = 0; c < Schema.Length; c++)
            {
                byte[] values = Plain(panel, c, first, rows);
                long start = file.Position;
                int width = c == 3 ? 8 : 4;
                int pages = rows == 0 ? 0 : Math.Min(pagesPerChunk, rows);
                int done = 0;
                for (int p = 0; p < pages; p++)
                {
                    int n = ((rows * (p + 1)) / pages) - done;
                    byte[] plain = values.AsSpan(done * width, n * width).ToArray();
                    byte[] data = compress is null ? plain : compress(plain);
                    var header = new ThriftCompactWriter();
                    header.BeginStruct();
                    header.FieldI32(1, 0);
                    header.FieldI32(2, plain.Length);
                    header.FieldI32(3, data.Length);
                    if (crc)
                    {
                        header.FieldI32(4, unchecked((int)Crc32.HashToUInt32(data)));
                    }

                    header.BeginStructField(5);
                    header.FieldI32(1, n);
                    header.FieldI32(2, 0);
                    header.FieldI32(3, 3);
                    header.FieldI32(4, 3);
                    header.EndStruct();
                    header.EndStruct();
                    file.Write(header.WrittenSpan);
                    file.Write(data);
                    done += n;
                }

                ParquetFooter.Statistics? stats = null;
                if (statistics && rows > 0)
                {
                    var (min, max) = MinMax(panel, c, first, rows);
                    stats = new ParquetFooter.Statistics { MinValue = min, MaxValue = max, NullCount = 0 };
                }

                chunks.Add(new ParquetFooter.ColumnChunk
                {
                    MetaData = new ParquetFooter.ColumnMetaData
                    {
                        Type = Schema[c].Type,
                        Encodings = [0, 3],
                        PathInSchema = [Schema[c].Name],
                        Codec = codec,
                        NumValues = rows,
                        TotalCompressedSize = file.Position - start,
                        DataPageOffset = start,
                        Statistics = stats,
                    },
                });
            }

            groups.Add(new ParquetFooter.RowGroup { Columns = chunks, NumRows = rows });
            first += rows;
        }

        var footer = new ParquetFooter
        {
            NumRows = ids.Length,
            Schema = [new() { Name = "schema", NumChildren = 4 }, .. Schema.Select(c => new ParquetFooter.SchemaElement { Name = c.Name, Type = c.Type, Repetition = 0 })],
            RowGroups = groups,
        };
        byte[] footerBytes = Serialize(footer);
        file.Write(footerBytes);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, footerBytes.Length);
        file.Write(length);
        file.Write(Magic);
        return file.ToArray();
    }

    /// <summary>Returns the file offset of the footer of a well-formed file.</summary>
    public static long FooterStart(byte[] file) => file.Length - 8 - BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 8));

    /// <summary>Decodes the footer of a well-formed file.</summary>
    public static ParquetFooter ReadFooter(byte[] file)
    {
        long start = FooterStart(file);
        return ParquetFooter.Read(file.AsSpan((int)start, file.Length - 8 - (int)start), start);
    }

    /// <summary>Returns the file with its footer replaced by <paramref name="footer"/>, serialized.</summary>
    public static byte[] WithFooter(byte[] file, ParquetFooter footer)
    {
        long start = FooterStart(file);
        byte[] footerBytes = Serialize(footer);
        var result = new byte[start + footerBytes.Length + 8];
        file.AsSpan(0, (int)start).CopyTo(result);
        footerBytes.CopyTo(result.AsSpan((int)start));
        BinaryPrimitives.WriteInt32LittleEndian(result.AsSpan((int)start + footerBytes.Length), footerBytes.Length);
        Magic.CopyTo(result.AsSpan(result.Length - 4));
        return result;
    }

    /// <summary>Serializes a footer (every field <see cref="ParquetFooter"/> holds) in the Thrift compact protocol.</summary>
    public static byte[] Serialize(ParquetFooter footer)
    {
        var w = new ThriftCompactWriter();
        w.BeginStruct();
        w.FieldI32(1, 1);
        w.BeginListField(2, ThriftType.Struct, footer.Schema.Count);
        foreach (var e in footer.Schema)
        {
            w.BeginStruct();
            if (e.Type is { } type)
            {
                w.FieldI32(1, type);
            }

            if (e.Repetition is { } repetition)
            {
                w.FieldI32(3, repetition);
            }

            w.FieldBinary(4, Encoding.UTF8.GetBytes(e.Name));
            if (e.NumChildren is { } children)
            {
                w.FieldI32(5, children);
            }

            if (e.ConvertedType is { } converted)
            {
                w.FieldI32(6, converted);
            }

            if (e.LogicalType is { } logical)
            {
                w.BeginStructField(10);
                w.BeginStructField((short)logical.Kind);
                if (logical.Kind == 10)
                {
                    w.FieldByte(1, (byte)logical.BitWidth);
                    w.FieldBool(2, logical.Signed);
                }

                w.EndStruct();
                w.EndStruct();
            }

            w.EndStruct();
        }

        w.FieldI64(3, footer.NumRows);
        w.BeginListField(4, ThriftType.Struct, footer.RowGroups.Count);
        foreach (var g in footer.RowGroups)
        {
            w.BeginStruct();
            w.BeginListField(1, ThriftType.Struct, g.Columns.Count);
            foreach (var chunk in g.Columns)
            {
                w.BeginStruct();
                if (chunk.FilePath is { } other)
                {
                    w.FieldBinary(1, Encoding.UTF8.GetBytes(other));
                }

                w.FieldI64(2, chunk.MetaData?.DataPageOffset ?? 0);
                if (chunk.MetaData is { } m)
                {
                    w.BeginStructField(3);
                    w.FieldI32(1, m.Type);
                    w.BeginListField(2, ThriftType.I32, m.Encodings.Count);
                    foreach (int e in m.Encodings)
                    {
                        w.I32(e);
                    }

                    w.BeginListField(3, ThriftType.Binary, m.PathInSchema.Count);
                    foreach (string p in m.PathInSchema)
                    {
                        w.Binary(Encoding.UTF8.GetBytes(p));
                    }

                    w.FieldI32(4, m.Codec);
                    w.FieldI64(5, m.NumValues);
                    w.FieldI64(6, m.TotalCompressedSize);
                    w.FieldI64(7, m.TotalCompressedSize);
                    w.FieldI64(9, m.DataPageOffset);
                    if (m.DictionaryPageOffset is { } d)
                    {
                        w.FieldI64(11, d);
                    }

                    if (m.Statistics is { } s)
                    {
                        w.BeginStructField(12);
                        WriteOptional(w, 1, s.LegacyMax);
                        WriteOptional(w, 2, s.LegacyMin);
                        if (s.NullCount is { } nulls)
                        {
                            w.FieldI64(3, nulls);
                        }

                        WriteOptional(w, 5, s.MaxValue);
                        WriteOptional(w, 6, s.MinValue);
                        if (s.IsMaxValueExact is { } maxExact)
                        {
                            w.FieldBool(7, maxExact);
                        }

                        if (s.IsMinValueExact is { } minExact)
                        {
                            w.FieldBool(8, minExact);
                        }

                        w.EndStruct();
                    }

                    w.EndStruct();
                }

                w.EndStruct();
            }

            w.FieldI64(2, g.Columns.Sum(c => c.MetaData?.TotalCompressedSize ?? 0));
            w.FieldI64(3, g.NumRows);
            w.EndStruct();
        }

        w.EndStruct();
        return w.WrittenSpan.ToArray();
    }

    /// <summary>Returns the footer with one column chunk's metadata changed.</summary>
    public static ParquetFooter WithChunk(ParquetFooter footer, int group, int column, Func<ParquetFooter.ColumnMetaData, ParquetFooter.ColumnMetaData> change) =>
        footer with
        {
            RowGroups = [.. footer.RowGroups.Select((g, i) => i != group ? g : g with
            {
                Columns = [.. g.Columns.Select((c, j) => j != column ? c : c with { MetaData = change(c.MetaData!) })],
            })],
        };

    /// <summary>Returns the footer with one schema element changed (0 is the root, 1 to 4 the columns).</summary>
    public static ParquetFooter WithSchema(ParquetFooter footer, int element, Func<ParquetFooter.SchemaElement, ParquetFooter.SchemaElement> change) =>
        footer with { Schema = [.. footer.Schema.Select((e, i) => i != element ? e : change(e))] };

    private static void WriteOptional(ThriftCompactWriter w, short id, byte[]? value)
    {
        if (value is not null)
        {
            w.FieldBinary(id, value);
        }
    }

    private static byte[] Plain(Columns panel, int column, int first, int rows)
    {
        int width = column == 3 ? 8 : 4;
        var bytes = new byte[rows * width];
        for (int i = 0; i < rows; i++)
        {
            var at = bytes.AsSpan(i * width);
            switch (column)
            {
                case 0:
                    BinaryPrimitives.WriteInt32LittleEndian(at, panel.EnterpriseIds[first + i]);
                    break;
                case 1:
                    BinaryPrimitives.WriteInt32LittleEndian(at, panel.Clusters[first + i]);
                    break;
                case 2:
                    BinaryPrimitives.WriteInt32LittleEndian(at, panel.Periods[first + i]);
                    break;
                default:
                    BinaryPrimitives.WriteDoubleLittleEndian(at, panel.YearToDateOutput[first + i]);
                    break;
            }
        }

        return bytes;
    }

    private static (byte[] Min, byte[] Max) MinMax(Columns panel, int column, int first, int rows)
    {
        if (column == 3)
        {
            var values = panel.YearToDateOutput.AsSpan(first, rows).ToArray();
            return (Double(values.Min()), Double(values.Max()));
        }

        var ints = (column switch { 0 => panel.EnterpriseIds, 1 => panel.Clusters, _ => panel.Periods }).AsSpan(first, rows).ToArray();
        return (Int(ints.Min()), Int(ints.Max()));
    }

    private static byte[] Int(int value)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, value);
        return b;
    }

    private static byte[] Double(double value)
    {
        var b = new byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(b, value);
        return b;
    }

    /// <summary>The four columns of a file, as arrays.</summary>
    private sealed record Columns(int[] EnterpriseIds, int[] Clusters, int[] Periods, double[] YearToDateOutput);
}
