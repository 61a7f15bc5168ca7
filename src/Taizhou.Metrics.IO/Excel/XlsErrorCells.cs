using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Taizhou.Metrics.IO.Excel;

/// <summary>
/// Finds the error cells of one sheet of an .xls workbook (BIFF8, Excel 97-2003), which ExcelDataReader 3.6 reads as
/// empty cells: the <c>Workbook</c> stream is taken out of the compound file, the sheet is found by its BOUNDSHEET
/// record, and its BOOLERR records (an error typed in) and FORMULA records (a formula whose cached result is an error)
/// are looked at.
/// </summary>
/// <remarks>
/// Layouts: [MS-CFB] 2.2 (header), 2.3 (FAT, DIFAT), 2.6 (directory entries); [MS-XLS] 2.4.21 (BoundSheet8),
/// 2.4.24 (BoolErr), 2.4.127 (Formula), 2.5.133 (FormulaValue), 2.5.97.2 (error codes). This runs only after
/// ExcelDataReader has read the file, so anything it does not expect (an older BIFF, an encrypted workbook, a
/// structure out of bounds) means "no error cells found", never an exception of its own.
/// </remarks>
internal static class XlsErrorCells
{
    private const ushort Bof = 0x0809;
    private const ushort Eof = 0x000A;
    private const ushort BoundSheet = 0x0085;
    private const ushort FilePass = 0x002F;
    private const ushort BoolErr = 0x0205;
    private const ushort Formula = 0x0006;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FreeSector = 0xFFFFFFFF;

    /// <summary>Finds the first error cell of a sheet, in row order.</summary>
    /// <param name="workbook">The .xls file, seekable; read from its start and left open.</param>
    /// <param name="sheetName">The sheet's name, as ExcelDataReader reported it.</param>
    /// <returns>The first error cell, or null when there is none or the file is not one this scan understands.</returns>
    public static CellError? FindFirst(Stream workbook, string sheetName)
    {
        workbook.Seek(0, SeekOrigin.Begin);
        using var copy = new MemoryStream();
        workbook.CopyTo(copy);
        byte[] file = copy.ToArray();
        try
        {
            byte[]? biff = WorkbookStream(file);
            return biff is null ? null : Scan(biff, sheetName);
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The error's text as Excel shows it ([MS-XLS] 2.5.97.2 BErr).</summary>
    /// <param name="code">The error code.</param>
    /// <returns>The text, such as <c>#DIV/0!</c>.</returns>
    internal static string ErrorText(byte code) => code switch
    {
        0x00 => "#NULL!",
        0x07 => "#DIV/0!",
        0x0F => "#VALUE!",
        0x17 => "#REF!",
        0x1D => "#NAME?",
        0x24 => "#NUM!",
        0x2A => "#N/A",
        0x2B => "#GETTING_DATA",
        _ => "#VALUE!",
    };

    private static CellError? Scan(byte[] biff, string sheetName)
    {
        // The globals substream: the sheets' names and where their substreams start.
        int? sheetStart = null;
        int position = 0;
        while (Record(biff, position, out ushort id, out int length))
        {
            ReadOnlySpan<byte> data = biff.AsSpan(position + 4, length);
            if (id == FilePass)
            {
                return null; // encrypted records: nothing below can be read in the clear
            }

            if (id == BoundSheet && length >= 8 && SheetName(data[6..]) == sheetName)
            {
                sheetStart = (int)BinaryPrimitives.ReadUInt32LittleEndian(data);
            }

            position += 4 + length;
            if (id == Eof)
            {
                break;
            }
        }

        if (sheetStart is not int start)
        {
            return null;
        }

        CellError? first = null;
        int depth = 0;
        position = start;
        while (Record(biff, position, out ushort id, out int length))
        {
            ReadOnlySpan<byte> data = biff.AsSpan(position + 4, length);
            position += 4 + length;
            if (id == Bof)
            {
                depth++;
            }
            else if (id == Eof && --depth <= 0)
            {
                break;
            }
            else if (depth == 1 && Error(id, data) is { } error
                && (first is null || (error.RowNumber, error.ColumnNumber).CompareTo((first.Value.RowNumber, first.Value.ColumnNumber)) < 0))
            {
                first = error;
            }
        }

        return first;
    }

    private static CellError? Error(ushort id, ReadOnlySpan<byte> data)
    {
        byte? code = id switch
        {
            // BoolErr: rw, col, ixfe, bBoolErr, fError (1 = an error).
            BoolErr when data.Length >= 8 && data[7] == 1 => data[6],

            // Formula: rw, col, ixfe, FormulaValue (8 bytes): an error when fExprO = 0xFFFF and byte 0 = 2.
            Formula when data.Length >= 14 && data[12] == 0xFF && data[13] == 0xFF && data[6] == 0x02 => data[8],
            _ => null,
        };
        return code is byte c
            ? new CellError(BinaryPrimitives.ReadUInt16LittleEndian(data) + 1, BinaryPrimitives.ReadUInt16LittleEndian(data[2..]) + 1, ErrorText(c))
            : null;
    }

    private static bool Record(byte[] biff, int position, out ushort id, out int length)
    {
        id = 0;
        length = 0;
        if (position < 0 || position + 4 > biff.Length)
        {
            return false;
        }

        id = BinaryPrimitives.ReadUInt16LittleEndian(biff.AsSpan(position));
        length = BinaryPrimitives.ReadUInt16LittleEndian(biff.AsSpan(position + 2));
        return position + 4 + length <= biff.Length;
    }

    /// <summary>A BIFF8 ShortXLUnicodeString: cch, fHighByte, then the characters (Latin-1 or UTF-16LE).</summary>
    private static string SheetName(ReadOnlySpan<byte> text)
    {
        if (text.Length < 2)
        {
            return string.Empty;
        }

        int count = text[0];
        bool wide = (text[1] & 1) == 1;
        ReadOnlySpan<byte> chars = text[2..];
        int bytes = Math.Min(chars.Length, wide ? count * 2 : count);
        return wide ? Encoding.Unicode.GetString(chars[..bytes]) : Encoding.Latin1.GetString(chars[..bytes]);
    }

    /// <summary>The <c>Workbook</c> stream of a compound file ([MS-CFB]), or null when the file is not one or has none.</summary>
    private static byte[]? WorkbookStream(byte[] file)
    {
        ReadOnlySpan<byte> signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        if (file.Length < 512 || !file.AsSpan(0, 8).SequenceEqual(signature))
        {
            return null;
        }

        int sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(0x1E));
        int miniShift = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(0x20));
        if (sectorShift is not (9 or 12) || miniShift != 6)
        {
            return null;
        }

        int sectorSize = 1 << sectorShift;
        uint firstDirectory = U32(file, 0x30);
        uint miniCutoff = U32(file, 0x38);
        uint firstMiniFat = U32(file, 0x3C);
        uint firstDifat = U32(file, 0x44);

        // The FAT's sectors: 109 in the header, the rest in the DIFAT chain.
        var fatSectors = new List<uint>();
        for (int i = 0; i < 109; i++)
        {
            uint s = U32(file, 0x4C + (4 * i));
            if (s != FreeSector)
            {
                fatSectors.Add(s);
            }
        }

        int perSector = sectorSize / 4;
        for (uint d = firstDifat, guard = 0; d < EndOfChain && guard < 1 << 20; guard++)
        {
            int offset = SectorOffset(d, sectorSize);
            for (int i = 0; i < perSector - 1; i++)
            {
                uint s = U32(file, offset + (4 * i));
                if (s != FreeSector)
                {
                    fatSectors.Add(s);
                }
            }

            d = U32(file, offset + (4 * (perSector - 1)));
        }

        var fat = new uint[fatSectors.Count * perSector];
        for (int i = 0; i < fatSectors.Count; i++)
        {
            file.AsSpan(SectorOffset(fatSectors[i], sectorSize), sectorSize).CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(fat.AsSpan(i * perSector, perSector)));
        }

        byte[] directory = Chain(file, fat, firstDirectory, sectorSize, long.MaxValue);
        byte[]? miniStream = null;
        for (int entry = 0; (entry + 1) * 128 <= directory.Length; entry++)
        {
            ReadOnlySpan<byte> e = directory.AsSpan(entry * 128, 128);
            int nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(e[0x40..]);
            byte type = e[0x42];
            uint start = BinaryPrimitives.ReadUInt32LittleEndian(e[0x74..]);
            long size = (long)BinaryPrimitives.ReadUInt64LittleEndian(e[0x78..]);
            if (sectorShift == 9)
            {
                size &= 0xFFFFFFFF; // version 3 files: the high half is not defined
            }

            if (type == 5)
            {
                miniStream = Chain(file, fat, start, sectorSize, size);
                continue;
            }

            string name = nameBytes is >= 2 and <= 64 ? Encoding.Unicode.GetString(e[..(nameBytes - 2)]) : string.Empty;
            if (type != 2 || !string.Equals(name, "Workbook", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (size >= miniCutoff)
            {
                return Chain(file, fat, start, sectorSize, size);
            }

            if (miniStream is null)
            {
                return null;
            }

            byte[] miniFatBytes = Chain(file, fat, firstMiniFat, sectorSize, long.MaxValue);
            uint[] miniFat = new uint[miniFatBytes.Length / 4];
            miniFatBytes.AsSpan(0, miniFat.Length * 4).CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(miniFat.AsSpan()));
            return MiniChain(miniStream, miniFat, start, size);
        }

        return null;
    }

    private static byte[] Chain(byte[] file, uint[] fat, uint start, int sectorSize, long size)
    {
        using var bytes = new MemoryStream();
        for (uint s = start; s < EndOfChain && bytes.Length < size; s = fat[s])
        {
            if (s >= fat.Length || bytes.Length > file.Length)
            {
                throw new InvalidDataException("A sector chain leaves the file.");
            }

            bytes.Write(file, SectorOffset(s, sectorSize), sectorSize);
        }

        return size == long.MaxValue || bytes.Length <= size ? bytes.ToArray() : bytes.ToArray().AsSpan(0, (int)size).ToArray();
    }

    private static byte[] MiniChain(byte[] miniStream, uint[] miniFat, uint start, long size)
    {
        using var bytes = new MemoryStream();
        for (uint s = start; s < EndOfChain && bytes.Length < size; s = miniFat[s])
        {
            if (s >= miniFat.Length || (s + 1) * 64L > miniStream.Length)
            {
                throw new InvalidDataException("A mini sector chain leaves the mini stream.");
            }

            bytes.Write(miniStream, (int)s * 64, 64);
        }

        return bytes.ToArray().AsSpan(0, (int)Math.Min(size, bytes.Length)).ToArray();
    }

    private static int SectorOffset(uint sector, int sectorSize)
    {
        long offset = (sector + 1L) * sectorSize;
        return offset <= int.MaxValue ? (int)offset : throw new InvalidDataException("A sector lies past the end of the file.");
    }

    private static uint U32(byte[] file, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset));
}
