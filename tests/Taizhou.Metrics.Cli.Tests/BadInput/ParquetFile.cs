using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Hashing;
using System.Linq;
using System.Text;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>
/// Parquet files as bytes for the rows of docs/bad-input.md: a panel as <see cref="PanelWriter"/> writes it
/// (Parquet.Net: Snappy, statistics, no page checksums), a minimal file (PLAIN, uncompressed, one page a column, with or
/// without the page CRC-32s parquet-java writes by default), and the footer of a file decoded, edited and written back.
/// </summary>
internal static class ParquetFile
{
    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    /// <summary>The bytes of a panel as <see cref="PanelWriter.WriteParquet"/> writes it.</summary>
    public static byte[] Written(EnterprisePanel panel)
    {
        string path = Path.Combine(Path.GetTempPath(), $"tzm-bad-{Guid.NewGuid():N}.parquet");
        try
        {
            PanelWriter.WriteParquet(panel, path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Columns of a panel as one row group with one PLAIN, uncompressed version-1 data page a column, each page with
    /// its CRC-32 when <paramref name="checksums"/>, without statistics. The rows are written as given, valid or not.
    /// </summary>
    public static byte[] Minimal(int[] ids, int[] clusters, int[] periods, double[] output, bool checksums)
    {
        int rows = ids.Length;
        var file = new MemoryStream();
        file.Write(Magic);
        var chunks = new List<ParquetFooter.ColumnChunk>();
        (string Name, int Type, byte[] Values)[] columns =
        [
            ("ent_id", 1, Plain(ids)),
            ("cluster", 1, Plain(clusters)),
            ("period", 1, Plain(periods)),
            ("ytd_output", 5, Plain(output)),
        ];
        foreach (var (name, type, values) in columns)
        {
            long start = file.Position;
            var header = new ThriftCompactWriter();
            header.BeginStruct();
            header.FieldI32(1, 0);                       // DATA_PAGE
            header.FieldI32(2, values.Length);
            header.FieldI32(3, values.Length);
            if (checksums)
            {
                header.FieldI32(4, unchecked((int)Crc32.HashToUInt32(values)));
            }

            header.BeginStructField(5);
            header.FieldI32(1, rows);
            header.FieldI32(2, 0);                       // PLAIN
            header.FieldI32(3, 3);                       // RLE definition levels
            header.FieldI32(4, 3);                       // RLE repetition levels
            header.EndStruct();
            header.EndStruct();
            file.Write(header.WrittenSpan);
            file.Write(values);
            chunks.Add(new ParquetFooter.ColumnChunk
            {
                MetaData = new ParquetFooter.ColumnMetaData
                {
                    Type = type,
                    Encodings = [0, 3],
                    PathInSchema = [name],
                    Codec = 0,
                    NumValues = rows,
                    TotalCompressedSize = file.Position - start,
                    DataPageOffset = start,
                },
            });
        }

        var footer = new ParquetFooter
        {
            NumRows = rows,
            Schema = [new() { Name = "schema", NumChildren = 4 }, .. columns.Select(c => new ParquetFooter.SchemaElement { Name = c.Name, Type = c.Type, Repetition = 0 })],
            RowGroups = [new ParquetFooter.RowGroup { Columns = chunks, NumRows = rows }],
        };
        byte[] footerBytes = Serialize(footer);
        file.Write(footerBytes);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, footerBytes.Length);
        file.Write(length);
        file.Write(Magic);
        return file.ToArray();
    }

    /// <summary>The byte offset of the footer of a well-formed file.</summary>
    public static int FooterStart(byte[] file) => file.Length - 8 - BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 8));

    /// <summary>The footer of a well-formed file, decoded.</summary>
    public static ParquetFooter Footer(byte[] file)
    {
        int start = FooterStart(file);
        return ParquetFooter.Read(file.AsSpan(start, file.Length - 8 - start), start);
    }

    /// <summary>The file with its footer replaced by the edited one (key-value metadata and statistics are not kept).</summary>
    public static byte[] WithFooter(byte[] file, Func<ParquetFooter, ParquetFooter> edit)
    {
        int start = FooterStart(file);
        byte[] footerBytes = Serialize(edit(Footer(file)));
        var result = new byte[start + footerBytes.Length + 8];
        file.AsSpan(0, start).CopyTo(result);
        footerBytes.CopyTo(result.AsSpan(start));
        BinaryPrimitives.WriteInt32LittleEndian(result.AsSpan(start + footerBytes.Length), footerBytes.Length);
        Magic.CopyTo(result.AsSpan(result.Length - 4));
        return result;
    }

    /// <summary>Serializes the fields of a footer the reader checks, in the Thrift compact protocol.</summary>
    private static byte[] Serialize(ParquetFooter footer)
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

            w.EndStruct();
        }

        w.FieldI64(3, footer.NumRows);
        w.BeginListField(4, ThriftType.Struct, footer.RowGroups.Count);
        foreach (var g in footer.RowGroups)
        {
            w.BeginStruct();
            w.BeginListField(1, ThriftType.Struct, g.Columns.Count);
            foreach (var m in g.Columns.Select(c => c.MetaData!))
            {
                w.BeginStruct();
                w.FieldI64(2, m.DataPageOffset);
                w.BeginStructField(3);
                w.FieldI32(1, m.Type);
                w.BeginListField(2, ThriftType.I32, m.Encodings.Count);
                foreach (int encoding in m.Encodings)
                {
                    w.I32(encoding);
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

                w.EndStruct();
                w.EndStruct();
            }

            w.FieldI64(2, g.Columns.Sum(c => c.MetaData!.TotalCompressedSize));
            w.FieldI64(3, g.NumRows);
            w.EndStruct();
        }

        w.EndStruct();
        return w.WrittenSpan.ToArray();
    }

    private static byte[] Plain(int[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return bytes;
    }

    private static byte[] Plain(double[] values)
    {
        var bytes = new byte[values.Length * 8];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * 8), values[i]);
        }

        return bytes;
    }
}
