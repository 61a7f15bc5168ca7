using System;
using System.Globalization;
using System.IO;

namespace Taizhou.Metrics.IO;

/// <summary>
/// A strict reader of the Thrift compact protocol (the encoding of Parquet's footer and page headers) over bytes in
/// memory: every length, count and variable-length integer is checked against the bytes that remain before it is used,
/// so that no corrupt input can make it read past its end, loop, nest without bound or size anything larger than the
/// input. Every problem throws <see cref="InvalidDataException"/> with a one-line message naming the byte.
/// </summary>
/// <remarks>
/// Offsets in messages are <c>origin</c> + the position in the span, so that a caller reading a part of a file names
/// bytes of the file. Parquet.Net's own reader is lax where this one is strict (it skips a nested struct without
/// skipping its fields, ignores a field's wire type and loops on a variable-length integer cut by the end of its
/// input), so the Parquet reader checks with this one every byte it hands to Parquet.Net.
/// </remarks>
internal ref struct ThriftCompactReader
{
    /// <summary>The deepest nesting of structs and lists accepted.</summary>
    public const int MaxDepth = 32;

    private readonly ReadOnlySpan<byte> data;
    private readonly long origin;
    private int position;
    private int depth;

    /// <summary>Initializes a reader over <paramref name="data"/>, which starts at byte <paramref name="origin"/> of its file.</summary>
    /// <param name="data">The bytes.</param>
    /// <param name="origin">The file offset of the first byte, for messages.</param>
    public ThriftCompactReader(ReadOnlySpan<byte> data, long origin)
    {
        this.data = data;
        this.origin = origin;
    }

    /// <summary>Gets the position of the next byte to read, from the start of the span.</summary>
    public readonly int Position => position;

    /// <summary>Gets the file offset of the next byte to read.</summary>
    public readonly long FileOffset => origin + position;

    /// <summary>Reads the header of the next field of the current struct.</summary>
    /// <param name="lastFieldId">The id of the previous field of the struct (0 before the first); updated.</param>
    /// <param name="id">The field id.</param>
    /// <param name="type">The field's wire type.</param>
    /// <returns>False at the end of the struct (its stop byte).</returns>
    public bool ReadFieldHeader(ref short lastFieldId, out short id, out ThriftType type)
    {
        long at = FileOffset;
        byte header = ReadByte();
        if (header == 0)
        {
            id = 0;
            type = ThriftType.Stop;
            return false;
        }

        type = (ThriftType)(header & 0x0f);
        int delta = header >> 4;
        if (type is ThriftType.Stop or > ThriftType.Struct)
        {
            throw Error(at, string.Create(CultureInfo.InvariantCulture, $"field header 0x{header:x2} has no valid type"));
        }

        int fieldId = delta != 0 ? lastFieldId + delta : ReadI16();
        if (fieldId is <= 0 or > short.MaxValue)
        {
            throw Error(at, string.Create(CultureInfo.InvariantCulture, $"field id {fieldId} is not positive"));
        }

        id = (short)fieldId;
        lastFieldId = id;
        return true;
    }

    /// <summary>Reads a zigzag-encoded 16-bit integer.</summary>
    /// <returns>The value.</returns>
    public short ReadI16()
    {
        long at = FileOffset;
        int value = ReadI32();
        return value is >= short.MinValue and <= short.MaxValue
            ? (short)value
            : throw Error(at, string.Create(CultureInfo.InvariantCulture, $"16-bit integer {value} is out of range"));
    }

    /// <summary>Reads a zigzag-encoded 32-bit integer (at most 5 bytes).</summary>
    /// <returns>The value.</returns>
    public int ReadI32()
    {
        uint n = ReadVarUInt32();
        return (int)(n >> 1) ^ -(int)(n & 1);
    }

    /// <summary>Reads a zigzag-encoded 64-bit integer (at most 10 bytes).</summary>
    /// <returns>The value.</returns>
    public long ReadI64()
    {
        ulong n = ReadVarUInt64();
        return (long)(n >> 1) ^ -(long)(n & 1);
    }

    /// <summary>Reads a binary field or string: a length and that many bytes, which must be there.</summary>
    /// <returns>The bytes (a slice of the input).</returns>
    public ReadOnlySpan<byte> ReadBinary()
    {
        long at = FileOffset;
        uint length = ReadVarUInt32();
        if (length > (uint)(data.Length - position))
        {
            throw Error(at, string.Create(CultureInfo.InvariantCulture, $"a binary value claims {length} bytes but only {data.Length - position} remain"));
        }

        var bytes = data.Slice(position, (int)length);
        position += (int)length;
        return bytes;
    }

    /// <summary>Reads the header of a list or set: its element type and count; the count is at most the bytes that remain.</summary>
    /// <param name="elementType">The elements' wire type.</param>
    /// <returns>The number of elements.</returns>
    public int ReadListHeader(out ThriftType elementType)
    {
        long at = FileOffset;
        byte header = ReadByte();
        elementType = (ThriftType)(header & 0x0f);
        uint count = (uint)(header >> 4);
        if (count == 15)
        {
            count = ReadVarUInt32();
        }

        if (elementType is ThriftType.Stop or > ThriftType.Struct)
        {
            throw Error(at, string.Create(CultureInfo.InvariantCulture, $"list header 0x{header:x2} has no valid element type"));
        }

        // Every element takes at least one byte (a struct its stop byte, a boolean in a list one byte).
        if (count > (uint)(data.Length - position))
        {
            throw Error(at, string.Create(CultureInfo.InvariantCulture, $"a list claims {count} elements but only {data.Length - position} bytes remain"));
        }

        return (int)count;
    }

    /// <summary>Enters a struct (a field or list element of type struct), checking the nesting depth.</summary>
    /// <returns>The "last field id" to pass to <see cref="ReadFieldHeader"/> for the new struct (0).</returns>
    public short BeginStruct()
    {
        if (++depth > MaxDepth)
        {
            throw Error(FileOffset, string.Create(CultureInfo.InvariantCulture, $"structs nest deeper than {MaxDepth}"));
        }

        return 0;
    }

    /// <summary>Leaves a struct entered with <see cref="BeginStruct"/> (after its stop byte was read).</summary>
    public void EndStruct() => depth--;

    /// <summary>Reads a byte value.</summary>
    /// <returns>The byte.</returns>
    public byte ReadByteValue() => ReadByte();

    /// <summary>Reads a one-byte boolean list element (1 true, 0 or 2 false).</summary>
    /// <returns>The value.</returns>
    public bool ReadListBool()
    {
        long at = FileOffset;
        byte b = ReadByte();
        return b switch
        {
            1 => true,
            0 or 2 => false,
            _ => throw Error(at, string.Create(CultureInfo.InvariantCulture, $"boolean byte 0x{b:x2} is neither true nor false")),
        };
    }

    /// <summary>Skips a value of a wire type (a field's value, or a list's element when <paramref name="inList"/>).</summary>
    /// <param name="type">The wire type.</param>
    /// <param name="inList">Whether the value is a list element (a boolean then takes a byte).</param>
    public void Skip(ThriftType type, bool inList)
    {
        switch (type)
        {
            case ThriftType.True or ThriftType.False:
                if (inList)
                {
                    ReadListBool();
                }

                break;
            case ThriftType.Byte:
                ReadByte();
                break;
            case ThriftType.I16 or ThriftType.I32:
                ReadVarUInt32();
                break;
            case ThriftType.I64:
                ReadVarUInt64();
                break;
            case ThriftType.Double:
                Take(8);
                break;
            case ThriftType.Binary:
                ReadBinary();
                break;
            case ThriftType.List or ThriftType.Set:
                {
                    int count = ReadListHeader(out var elementType);
                    EnterNesting();
                    for (int i = 0; i < count; i++)
                    {
                        Skip(elementType, inList: true);
                    }

                    depth--;
                    break;
                }

            case ThriftType.Map:
                {
                    long at = FileOffset;
                    uint count = ReadVarUInt32();
                    if (count == 0)
                    {
                        break;
                    }

                    if (count > (uint)(data.Length - position) / 2)
                    {
                        throw Error(at, string.Create(CultureInfo.InvariantCulture, $"a map claims {count} entries but only {data.Length - position} bytes remain"));
                    }

                    byte types = ReadByte();
                    var keyType = (ThriftType)(types >> 4);
                    var valueType = (ThriftType)(types & 0x0f);
                    if (keyType is ThriftType.Stop or > ThriftType.Struct || valueType is ThriftType.Stop or > ThriftType.Struct)
                    {
                        throw Error(at, string.Create(CultureInfo.InvariantCulture, $"map header 0x{types:x2} has no valid key and value types"));
                    }

                    EnterNesting();
                    for (uint i = 0; i < count; i++)
                    {
                        Skip(keyType, inList: true);
                        Skip(valueType, inList: true);
                    }

                    depth--;
                    break;
                }

            case ThriftType.Struct:
                {
                    short last = BeginStruct();
                    while (ReadFieldHeader(ref last, out _, out var fieldType))
                    {
                        Skip(fieldType, inList: false);
                    }

                    EndStruct();
                    break;
                }

            default:
                throw Error(FileOffset, string.Create(CultureInfo.InvariantCulture, $"wire type {(int)type} is not valid"));
        }
    }

    /// <summary>Throws unless a field has the wire type its id requires.</summary>
    /// <param name="structName">The struct, for the message.</param>
    /// <param name="id">The field id.</param>
    /// <param name="actual">The field's wire type.</param>
    /// <param name="expected">The type required.</param>
    public readonly void Expect(string structName, short id, ThriftType actual, ThriftType expected)
    {
        bool ok = expected is ThriftType.True or ThriftType.False ? actual is ThriftType.True or ThriftType.False : actual == expected;
        if (!ok)
        {
            throw Error(FileOffset, string.Create(CultureInfo.InvariantCulture, $"field {id} of {structName} is {actual}, expected {expected}"));
        }
    }

    /// <summary>Creates the exception for a problem at a file offset.</summary>
    /// <param name="at">The file offset.</param>
    /// <param name="what">What is wrong.</param>
    /// <returns>The exception.</returns>
    public static InvalidDataException Error(long at, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{what} (byte {at})"));

    private void EnterNesting()
    {
        if (++depth > MaxDepth)
        {
            throw Error(FileOffset, string.Create(CultureInfo.InvariantCulture, $"values nest deeper than {MaxDepth}"));
        }
    }

    private byte ReadByte()
    {
        if (position >= data.Length)
        {
            throw Error(FileOffset, "the data ends inside a value");
        }

        return data[position++];
    }

    private void Take(int count)
    {
        if (count > data.Length - position)
        {
            throw Error(FileOffset, "the data ends inside a value");
        }

        position += count;
    }

    private uint ReadVarUInt32()
    {
        long at = FileOffset;
        uint result = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            byte b = ReadByte();
            if (shift == 28 && b > 0x0f)
            {
                break;
            }

            result |= (uint)(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw Error(at, "a 32-bit integer runs over 5 bytes");
    }

    private ulong ReadVarUInt64()
    {
        long at = FileOffset;
        ulong result = 0;
        for (int shift = 0; shift < 70; shift += 7)
        {
            byte b = ReadByte();
            if (shift == 63 && b > 0x01)
            {
                break;
            }

            result |= (ulong)(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw Error(at, "a 64-bit integer runs over 10 bytes");
    }
}
