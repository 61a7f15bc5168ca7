using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security;
using System.Text;

namespace Taizhou.Metrics.IO.Tests.Excel;

/// <summary>
/// Builds a small .xlsx workbook (a zip of SpreadsheetML parts, ECMA-376 part 1, 18) cell by cell, so a test states the
/// exact XML a cell is stored as: a number's stored digits, a formula with its cached result, an error value.
/// </summary>
internal sealed class XlsxBuilder
{
    /// <summary>Style 0: General.</summary>
    public const int General = 0;

    /// <summary>Style 1: the built-in date format 14 (m/d/yyyy).</summary>
    public const int DateStyle = 1;

    /// <summary>Style 2: the built-in percentage format 10 (0.00%).</summary>
    public const int PercentStyle = 2;

    /// <summary>Style 3: the custom Chinese date format yyyy"年"m"月" (id 164).</summary>
    public const int ChineseMonthStyle = 3;

    private readonly List<(string Name, List<(string Ref, string Xml)> Cells, List<string> Merges)> sheets = [];
    private readonly List<string> sharedStrings = [];

    /// <summary>Starts a new sheet; the cells added next go into it.</summary>
    public XlsxBuilder Sheet(string name)
    {
        sheets.Add((name, [], []));
        return this;
    }

    /// <summary>A text cell stored in the shared-string table (what Excel writes).</summary>
    public XlsxBuilder Text(string cell, string text)
    {
        int index = sharedStrings.IndexOf(text);
        if (index < 0)
        {
            index = sharedStrings.Count;
            sharedStrings.Add(text);
        }

        return Cell(cell, $"<c r=\"{cell}\" t=\"s\"><v>{index}</v></c>");
    }

    /// <summary>A text cell stored inline.</summary>
    public XlsxBuilder InlineText(string cell, string text) =>
        Cell(cell, $"<c r=\"{cell}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{Escape(text)}</t></is></c>");

    /// <summary>A number cell, its value written exactly as given (the digits the file stores).</summary>
    public XlsxBuilder Number(string cell, string stored, int style = General) =>
        Cell(cell, $"<c r=\"{cell}\" s=\"{style}\"><v>{stored}</v></c>");

    /// <summary>A formula cell with its cached numeric result.</summary>
    public XlsxBuilder Formula(string cell, string formula, string cachedNumber) =>
        Cell(cell, $"<c r=\"{cell}\"><f>{Escape(formula)}</f><v>{cachedNumber}</v></c>");

    /// <summary>A formula cell whose cached result is a string.</summary>
    public XlsxBuilder FormulaText(string cell, string formula, string cachedText) =>
        Cell(cell, $"<c r=\"{cell}\" t=\"str\"><f>{Escape(formula)}</f><v>{Escape(cachedText)}</v></c>");

    /// <summary>A formula cell whose cached result is an error value.</summary>
    public XlsxBuilder Error(string cell, string formula, string error) =>
        Cell(cell, $"<c r=\"{cell}\" t=\"e\"><f>{Escape(formula)}</f><v>{Escape(error)}</v></c>");

    /// <summary>A logical cell.</summary>
    public XlsxBuilder Boolean(string cell, bool value) =>
        Cell(cell, $"<c r=\"{cell}\" t=\"b\"><v>{(value ? 1 : 0)}</v></c>");

    /// <summary>A cell that has a style but no value (what formatting an empty cell leaves).</summary>
    public XlsxBuilder Styled(string cell, int style = DateStyle) =>
        Cell(cell, $"<c r=\"{cell}\" s=\"{style}\"/>");

    /// <summary>Merges a range (its value stays in its top-left cell).</summary>
    public XlsxBuilder Merge(string range)
    {
        sheets[^1].Merges.Add(range);
        return this;
    }

    /// <summary>The workbook's bytes.</summary>
    public byte[] Build()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", ContentTypes());
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Write(zip, "xl/workbook.xml", Workbook());
            Write(zip, "xl/_rels/workbook.xml.rels", WorkbookRels());
            Write(zip, "xl/styles.xml", Styles);
            Write(zip, "xl/sharedStrings.xml", SharedStrings());
            for (int i = 0; i < sheets.Count; i++)
            {
                Write(zip, $"xl/worksheets/sheet{i + 1}.xml", SheetXml(i));
            }
        }

        return memory.ToArray();
    }

    /// <summary>Writes the workbook to a file.</summary>
    public string Save(string path)
    {
        File.WriteAllBytes(path, Build());
        return path;
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private const string Styles = $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>""";

    private XlsxBuilder Cell(string cell, string xml)
    {
        sheets[^1].Cells.Add((cell, xml));
        return this;
    }

    private string ContentTypes()
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
        for (int i = 0; i < sheets.Count; i++)
        {
            xml.Append($"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        }

        return xml.Append("</Types>").ToString();
    }

    private string Workbook()
    {
        var xml = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (int i = 0; i < sheets.Count; i++)
        {
            xml.Append($"""<sheet name="{Escape(sheets[i].Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""");
        }

        return xml.Append("</sheets></workbook>").ToString();
    }

    private string WorkbookRels()
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (int i = 0; i < sheets.Count; i++)
        {
            xml.Append($"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>""");
        }

        int n = sheets.Count;
        xml.Append($"""<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
        xml.Append($"""<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""");
        return xml.Append("</Relationships>").ToString();
    }

    private string SharedStrings()
    {
        var xml = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{Main}" count="{sharedStrings.Count}" uniqueCount="{sharedStrings.Count}">""");
        foreach (string s in sharedStrings)
        {
            xml.Append($"""<si><t xml:space="preserve">{Escape(s)}</t></si>""");
        }

        return xml.Append("</sst>").ToString();
    }

    private string SheetXml(int index)
    {
        var xml = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}"><sheetData>""");
        foreach (var row in sheets[index].Cells.GroupBy(c => RowOf(c.Ref)).OrderBy(g => g.Key))
        {
            xml.Append($"<row r=\"{row.Key}\">");
            foreach (var (_, cellXml) in row)
            {
                xml.Append(cellXml);
            }

            xml.Append("</row>");
        }

        xml.Append("</sheetData>");
        if (sheets[index].Merges.Count > 0)
        {
            xml.Append($"<mergeCells count=\"{sheets[index].Merges.Count}\">");
            foreach (string range in sheets[index].Merges)
            {
                xml.Append($"<mergeCell ref=\"{range}\"/>");
            }

            xml.Append("</mergeCells>");
        }

        return xml.Append("</worksheet>").ToString();
    }

    private static int RowOf(string cell) => int.Parse(cell.TrimStart('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'), System.Globalization.CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static void Write(ZipArchive zip, string name, string content)
    {
        ZipArchiveEntry entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
