using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;

namespace Taizhou.Metrics.IO.Excel;

/// <summary>
/// Finds the error cells (<c>t="e"</c>) of one sheet of an .xlsx workbook, which ExcelDataReader 3.6 reads as empty
/// cells: the sheet's XML part is found through <c>xl/workbook.xml</c> and its relationships and scanned once.
/// </summary>
internal static class XlsxErrorCells
{
    private const string OfficeDocument = "/officeDocument";

    /// <summary>Finds the first error cell of a sheet, in row order.</summary>
    /// <param name="workbook">The .xlsx file, seekable; read from its start and left open.</param>
    /// <param name="sheetName">The sheet's name, as ExcelDataReader reported it.</param>
    /// <returns>The first error cell, or null when there is none (or the sheet's part cannot be found).</returns>
    public static CellError? FindFirst(Stream workbook, string sheetName)
    {
        workbook.Seek(0, SeekOrigin.Begin);
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        string workbookPart = FindTarget(zip, "_rels/.rels", string.Empty, r => r.Type.EndsWith(OfficeDocument, StringComparison.Ordinal)) ?? "xl/workbook.xml";
        string? relationshipId = SheetRelationship(zip, workbookPart, sheetName);
        if (relationshipId is null)
        {
            return null;
        }

        string folder = workbookPart.Contains('/', StringComparison.Ordinal) ? workbookPart[..(workbookPart.LastIndexOf('/') + 1)] : string.Empty;
        string rels = folder + "_rels/" + workbookPart[folder.Length..] + ".rels";
        string? sheetPart = FindTarget(zip, rels, folder, r => r.Id == relationshipId);
        ZipArchiveEntry? entry = sheetPart is null ? null : Entry(zip, sheetPart);
        return entry is null ? null : Scan(entry);
    }

    private static CellError? Scan(ZipArchiveEntry entry)
    {
        using Stream stream = entry.Open();
        using var xml = XmlReader.Create(stream, Settings());
        int row = 0;
        int column = 0;
        CellError? first = null;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "row")
            {
                row = int.TryParse(xml.GetAttribute("r"), out int r) ? r : row + 1;
                column = 0;
            }
            else if (xml.LocalName == "c")
            {
                column = CellError.TryParseAddress(xml.GetAttribute("r"), out int cellRow, out int cellColumn) ? cellColumn : column + 1;
                row = cellRow > 0 ? cellRow : row;
                if (xml.GetAttribute("t") == "e" && !xml.IsEmptyElement)
                {
                    string value = ReadValue(xml);
                    var error = new CellError(row, column, value.Length == 0 ? "#VALUE!" : value);
                    if (first is null || (error.RowNumber, error.ColumnNumber).CompareTo((first.Value.RowNumber, first.Value.ColumnNumber)) < 0)
                    {
                        first = error;
                    }
                }
            }
        }

        return first;
    }

    /// <summary>Reads the <c>v</c> child of the current <c>c</c> element, leaving the reader inside the cell.</summary>
    private static string ReadValue(XmlReader xml)
    {
        int depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "v")
            {
                return xml.ReadElementContentAsString().Trim();
            }
        }

        return string.Empty;
    }

    private static string? SheetRelationship(ZipArchive zip, string workbookPart, string sheetName)
    {
        ZipArchiveEntry? entry = Entry(zip, workbookPart);
        if (entry is null)
        {
            return null;
        }

        using Stream stream = entry.Open();
        using var xml = XmlReader.Create(stream, Settings());
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.GetAttribute("name") == sheetName)
            {
                for (bool more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
                {
                    if (xml.LocalName == "id" && xml.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal))
                    {
                        return xml.Value;
                    }
                }
            }
        }

        return null;
    }

    private static string? FindTarget(ZipArchive zip, string relsPart, string folder, Func<(string Id, string Type), bool> wanted)
    {
        ZipArchiveEntry? entry = Entry(zip, relsPart);
        if (entry is null)
        {
            return null;
        }

        using Stream stream = entry.Open();
        using var xml = XmlReader.Create(stream, Settings());
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && wanted((xml.GetAttribute("Id") ?? string.Empty, xml.GetAttribute("Type") ?? string.Empty)))
            {
                string? target = xml.GetAttribute("Target");
                return target is null ? null : Resolve(folder, target);
            }
        }

        return null;
    }

    /// <summary>Resolves a relationship's target against the folder of the part that holds it.</summary>
    private static string Resolve(string folder, string target)
    {
        var parts = new List<string>();
        string combined = target.StartsWith('/') ? target[1..] : folder + target;
        foreach (string segment in combined.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    private static ZipArchiveEntry? Entry(ZipArchive zip, string name) =>
        zip.GetEntry(name) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
    };
}
