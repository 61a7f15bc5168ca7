using System;
using System.Buffers;
using System.Collections.Generic;

namespace Taizhou.Metrics.IO;

/// <summary>
/// A writer of the Thrift compact protocol into memory: the Parquet reader writes with it the footer it hands to
/// Parquet.Net after checking the file's own (see <see cref="ParquetLayout"/>), and the tests write Parquet files
/// with page checksums.
/// </summary>
internal sealed class ThriftCompactWriter
{
    private readonly ArrayBufferWriter<byte> buffer = new();
    private readonly Stack<short> lastIds = new();
    private short lastId;

    /// <summary>Gets the bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => buffer.WrittenSpan;

    /// <summary>Writes a 32-bit integer field.</summary>
    /// <param name="id">The field id.</param>
    /// <param name="value">The value.</param>
    public void FieldI32(short id, int value)
    {
        FieldHeader(id, ThriftType.I32);
        I32(value);
    }

    /// <summary>Writes a 64-bit integer field.</summary>
    /// <param name="id">The field id.</param>
    /// <param name="value">The value.</param>
    public void FieldI64(short id, long value)
    {
        FieldHeader(id, ThriftType.I64);
        VarUInt64((ulong)((value << 1) ^ (value >> 63)));
    }

    /// <summary>Writes a byte field.</summary>
    /// <param name="id">The field id.</param>
    /// <param name="value">The value.</param>
    public void FieldByte(short id, byte value)
    {
        FieldHeader(id, ThriftType.Byte);
        Byte(value);
    }

    /// <summary>Writes a boolean field.</summary>
    /// <param name="id">The field id.</param>
    /// <param name="value">The value.</param>
    public void FieldBool(short id, bool value) => FieldHeader(id, value ? ThriftType.True : ThriftType.False);

    /// <summary>Writes a binary (or UTF-8 string) field.</summary>
    /// <param name="id">The field id.</param>
    /// <param name="value">The bytes.</param>
    public void FieldBinary(short id, ReadOnlySpan<byte> value)
    {
        FieldHeader(id, ThriftType.Binary);
        Binary(value);
    }

    /// <summary>Begins a struct field; end it with <see cref="EndStruct"/>.</summary>
    /// <param name="id">The field id.</param>
    public void BeginStructField(short id)
    {
        FieldHeader(id, ThriftType.Struct);
        BeginStruct();
    }

    /// <summary>Begins a list field of <paramref name="count"/> elements of <paramref name="elementType"/>, written next.</summary>
    /// <param name="id">The field id.</param>
    /// <param name="elementType">The elements' wire type.</param>
    /// <param name="count">The number of elements.</param>
    public void BeginListField(short id, ThriftType elementType, int count)
    {
        FieldHeader(id, ThriftType.List);
        if (count < 15)
        {
            Byte((byte)((count << 4) | (int)elementType));
        }
        else
        {
            Byte((byte)(0xf0 | (int)elementType));
            VarUInt64((uint)count);
        }
    }

    /// <summary>Begins a struct that is the whole message or a list element; end it with <see cref="EndStruct"/>.</summary>
    public void BeginStruct()
    {
        lastIds.Push(lastId);
        lastId = 0;
    }

    /// <summary>Ends a struct: writes its stop byte.</summary>
    public void EndStruct()
    {
        Byte(0);
        lastId = lastIds.Pop();
    }

    /// <summary>Writes a 32-bit integer list element.</summary>
    /// <param name="value">The value.</param>
    public void I32(int value) => VarUInt64((uint)((value << 1) ^ (value >> 31)));

    /// <summary>Writes a binary list element.</summary>
    /// <param name="value">The bytes.</param>
    public void Binary(ReadOnlySpan<byte> value)
    {
        VarUInt64((uint)value.Length);
        buffer.Write(value);
    }

    private void FieldHeader(short id, ThriftType type)
    {
        int delta = id - lastId;
        if (delta is > 0 and < 16)
        {
            Byte((byte)((delta << 4) | (int)type));
        }
        else
        {
            Byte((byte)type);
            VarUInt64((uint)((id << 1) ^ (id >> 31)));
        }

        lastId = id;
    }

    private void Byte(byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }

    private void VarUInt64(ulong value)
    {
        var span = buffer.GetSpan(10);
        int n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[n++] = (byte)value;
        buffer.Advance(n);
    }
}
