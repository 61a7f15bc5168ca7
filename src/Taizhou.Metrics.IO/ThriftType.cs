namespace Taizhou.Metrics.IO;

/// <summary>The wire types of the Thrift compact protocol (the low four bits of a field header).</summary>
internal enum ThriftType : byte
{
    /// <summary>The end of a struct.</summary>
    Stop = 0,

    /// <summary>A boolean field whose value is true (in a list: a boolean element).</summary>
    True = 1,

    /// <summary>A boolean field whose value is false.</summary>
    False = 2,

    /// <summary>A byte.</summary>
    Byte = 3,

    /// <summary>A 16-bit integer, zigzag varint.</summary>
    I16 = 4,

    /// <summary>A 32-bit integer, zigzag varint.</summary>
    I32 = 5,

    /// <summary>A 64-bit integer, zigzag varint.</summary>
    I64 = 6,

    /// <summary>A double, 8 bytes little-endian.</summary>
    Double = 7,

    /// <summary>A length-prefixed byte string.</summary>
    Binary = 8,

    /// <summary>A list.</summary>
    List = 9,

    /// <summary>A set (encoded as a list).</summary>
    Set = 10,

    /// <summary>A map.</summary>
    Map = 11,

    /// <summary>A struct.</summary>
    Struct = 12,
}
