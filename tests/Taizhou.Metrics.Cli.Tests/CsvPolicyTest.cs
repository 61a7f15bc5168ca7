using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// The one CSV policy (docs/input.md), pinned for every reader of the project at once: the series, breakdown and
/// enterprise tables of the commands and the panel reader on both of its paths (one thread, and parts on every core).
/// Each case changes a valid file in one way; the file either gives exactly the result of the unchanged file, or is
/// refused (exit 2) naming the line where the change is. No output ever holds a U+FFFD.
/// </summary>
public class CsvPolicyTest
{
    private static readonly Dictionary<string, Reader> Readers = new(StringComparer.Ordinal)
    {
        ["series"] = new(
            ["period,value", "2014年,1000", "2015年,1100", "2016年,1210", "2017年,1331"],
            (path, enc) => Cli(enc, "project", "--input", path, "--target", "2020:2000", "--format", "json")),
        ["breakdown"] = new(
            ["part,previous,current", "制造业,20,30", "服务业,80,90", "农业,10,12"],
            (path, enc) => Cli(enc, "contrib", "--input", path, "--format", "json")),
        ["enterprises"] = new(
            [
                "id,name,industry_code,cluster,county,listed_on,founded,year,output_yi,revenue_wan,employees",
                "A,甲公司,3670,,椒江区,,2001-01-01,2021,100,950000,3000",
                "B,乙公司,3441,,温岭市,,2001-01-01,2021,50,480000,2000",
                "C,丙公司,1311,,临海市,2020-07-01,2001-01-01,2021,10,95000,500",
            ],
            (path, enc) => Cli(enc, "tiers", "--input", path, "--year", "2021", "--format", "json")),
        ["panel, one thread"] = new(PanelLines, (path, enc) => Panel(path, enc, int.MaxValue)),
        ["panel, in parts"] = new(PanelLines, (path, enc) => Panel(path, enc, 8)),
    };

    private static string[] PanelLines =>
        ["ent_id,cluster,period,ytd_output,name", "1,0,202401,10,甲", "1,0,202402,20,甲", "2,1,202401,5,乙", "2,1,202402,9,乙", "3,1,202401,7,丙", "3,1,202402,8,丙"];

    /// <summary>Gets every reader with every case.</summary>
    public static TheoryData<string, string> ReadersAndCases()
    {
        var data = new TheoryData<string, string>();
        foreach (string reader in Readers.Keys)
        {
            foreach (string @case in Cases.Keys)
            {
                data.Add(reader, @case);
            }
        }

        return data;
    }

    private static readonly Dictionary<string, Case> Cases = new(StringComparer.Ordinal)
    {
        // Refused, naming the line: line 3 is the second data row.
        ["a field too many (an unquoted thousands separator)"] = Case.Refused(l => Edit(l, 2, s => Insert(s, ",1")), 3, "fields, but the header has"),
        ["a field too few"] = Case.Refused(l => Edit(l, 2, s => s[..s.LastIndexOf(',')]), 3, "fields, but the header has"),
        ["a NUL character"] = Case.Refused(l => Edit(l, 2, s => s.Insert(1, "\0")), 3, "NUL"),
        ["a quote not closed"] = Case.Refused(l => Edit(l, 2, s => "\"" + s), 3, "not closed"),
        ["text after a closing quote"] = Case.Refused(l => Edit(l, 2, s => "\"" + s.Insert(s.IndexOf(','), "\"x")), 3, "after its closing quote"),
        ["GB18030 read as UTF-8"] = Case.Refused(l => l, 2, "is not valid UTF-8", Encoding: "gb18030-bytes"),

        // Read as the unchanged file.
        ["blank lines at the end"] = Case.Same(l => [.. l, "", "  ", ",,,", ""]),
        ["blank lines inside"] = Case.Same(l => [.. l[..2], "", " \t ", ",,", .. l[2..]]),
        ["a blank line before the header"] = Case.Same(l => ["", .. l]),
        ["carriage returns alone end the lines"] = Case.Same(l => l, NewLine: "\r"),
        ["CRLF line ends"] = Case.Same(l => l, NewLine: "\r\n"),
        ["no line end after the last line"] = Case.Same(l => l, FinalNewLine: false),
        ["quoted fields"] = Case.Same(l => Edit(l, 2, s => string.Join(',', s.Split(',').Select(f => "\"" + f + "\"")))),
        ["spaces around fields and quotes"] = Case.Same(l => Edit(l, 3, s => string.Join(',', s.Split(',').Select(f => " \"" + f + "\" ")))),
        ["a UTF-8 byte-order mark"] = Case.Same(l => l, Encoding: "utf-8-bom"),
        ["UTF-16 little-endian with its mark"] = Case.Same(l => l, Encoding: "utf-16le-bom"),
        ["UTF-16 big-endian with its mark"] = Case.Same(l => l, Encoding: "utf-16be-bom"),
        ["GB18030 with --encoding gb18030"] = Case.Same(l => l, Encoding: "gb18030-bytes", Option: "gb18030"),
        ["UTF-16 without a mark, with --encoding utf-16"] = Case.Same(l => l, Encoding: "utf-16le", Option: "utf-16"),
    };

    [Theory]
    [MemberData(nameof(ReadersAndCases))]
    public void EveryReader_AppliesTheOnePolicy(string readerName, string caseName)
    {
        var reader = Readers[readerName];
        var @case = Cases[caseName];
        using var folder = new Scratch();
        // The case and its unchanged file have the same name, in two folders: `project` names the series after its file.
        string expectedPath = folder.Bytes("base/input.csv", Encode(reader.Lines, "\n", true, "utf-8"));
        var expected = reader.Run(expectedPath, null);
        Assert.True(expected.Code == 0, $"the unchanged file must be read: {expected.Error}");

        string path = folder.Bytes("case/input.csv", Encode(@case.Change(reader.Lines), @case.NewLine, @case.FinalNewLine, @case.Encoding));
        var actual = reader.Run(path, @case.Option);

        Assert.DoesNotContain('\uFFFD', actual.Output + actual.Error);
        if (@case.RefusedLine is int line)
        {
            Assert.Equal(2, actual.Code);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"line {line}"), actual.Error, StringComparison.Ordinal);
            Assert.Contains(@case.Says!, actual.Error, StringComparison.Ordinal);
            Assert.DoesNotContain('\0', actual.Error);
        }
        else
        {
            Assert.True(actual.Code == 0, actual.Error);
            Assert.Equal(expected.Output, actual.Output);
        }
    }

    [Fact]
    public void Gb18030ReadAsUtf8_SaysToReadItAsGb18030()
    {
        using var folder = new Scratch();
        string path = folder.Bytes("input.csv", Encode(Readers["breakdown"].Lines, "\n", true, "gb18030-bytes"));

        var (code, _, error) = CliRunner.Run("contrib", "--input", path);

        Assert.Equal(2, code);
        Assert.Contains("line 2: the byte D6 is not valid UTF-8", error, StringComparison.Ordinal);   // 制 is D6 C6 in GB18030: C6 does not continue D6
        Assert.Contains("--encoding gb18030", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkOfAnotherEncoding_IsRefused()
    {
        using var folder = new Scratch();
        string path = folder.Bytes("input.csv", Encode(Readers["series"].Lines, "\n", true, "utf-16le-bom"));

        var (code, _, error) = CliRunner.Run("project", "--input", path, "--target", "2020:2000", "--encoding", "utf-8");

        Assert.Equal(2, code);
        Assert.Contains("line 1: the file starts with the byte-order mark of UTF-16, but the encoding given is UTF-8", error, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8OnALaterLine_NamesThatLine()
    {
        // Line 4 holds a lone continuation byte; the lines before it are valid, multi-byte characters among them.
        using var folder = new Scratch();
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("part,previous,current\n制造业,20,30\n服务业,80,90\n"));
        bytes.AddRange([(byte)'X', 0x80, (byte)',', (byte)'1', (byte)',', (byte)'2', (byte)'\n']);
        string path = folder.Bytes("input.csv", [.. bytes]);

        var (code, _, error) = CliRunner.Run("contrib", "--input", path);

        Assert.Equal(2, code);
        Assert.Contains("line 4: the byte 80 is not valid UTF-8", error, StringComparison.Ordinal);
    }

    [Fact]
    public void LongCellsAndControlCharacters_AreCutAndEscapedInMessages()
    {
        // A cell of 1000 characters with a terminal escape sequence: the message shows 80 of them, escaped.
        using var folder = new Scratch();
        string cell = "\u001B[31m" + new string('9', 995);
        string path = folder.Bytes("input.csv", Encoding.UTF8.GetBytes($"part,previous,current\nA,20,{cell}\n"));

        var (code, _, error) = CliRunner.Run("contrib", "--input", path);

        Assert.Equal(2, code);
        Assert.DoesNotContain('\u001B', error);
        Assert.Contains("'\\u001b[31m999", error, StringComparison.Ordinal);
        Assert.Contains("…' (1,000 characters)", error, StringComparison.Ordinal);
        Assert.True(error.Length < 400, error);
    }

    [Fact]
    public void SeriesDuplicateOnLine3_IsReportedWithoutReadingTheRest()
    {
        // The rest of the file is not valid UTF-8: were it read before the duplicate was reported, that would be the error.
        using var folder = new Scratch();
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("period,value\n2014,1000\n2014,1100\n"));
        bytes.AddRange(Enumerable.Repeat((byte)0xFF, 1 << 20));
        string path = folder.Bytes("input.csv", [.. bytes]);

        var (code, _, error) = CliRunner.Run("project", "--input", path, "--target", "2020:2000");

        Assert.Equal(2, code);
        Assert.Contains("line 3, column 'period': 2014 already appears on line 2", error, StringComparison.Ordinal);
    }

    private static string[] Edit(string[] lines, int index, Func<string, string> change)
    {
        var copy = lines.ToArray();
        copy[index] = change(copy[index]);
        return copy;
    }

    // Inserts text after the first field, so that every reader's columns stay parseable up to the count check.
    private static string Insert(string line, string text) => line.Insert(line.IndexOf(','), text);

    private static byte[] Encode(string[] lines, string newline, bool finalNewline, string encoding)
    {
        string text = string.Join(newline, lines) + (finalNewline ? newline : string.Empty);
        return encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "gb18030-bytes" => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
        };
    }

    private static (int Code, string Output, string Error) Cli(string? encoding, params string[] args) =>
        CliRunner.Run(encoding is null ? args : [.. args, "--encoding", encoding]);

    private static (int Code, string Output, string Error) Panel(string path, string? encoding, int partBytes)
    {
        var enc = encoding switch
        {
            null => InputEncoding.Detect,
            "gb18030" => InputEncoding.Gb18030,
            "utf-16" => InputEncoding.Utf16,
            _ => InputEncoding.Utf8,
        };
        try
        {
            var panel = PanelReader.ReadCsv(path, null, partBytes, enc);
            var dump = new StringBuilder();
            for (int i = 0; i < panel.RowCount; i++)
            {
                dump.Append(CultureInfo.InvariantCulture, $"{panel.EnterpriseIds[i]},{panel.Clusters[i]},{panel.Periods[i]},{panel.YearToDateOutput[i]:R}\n");
            }

            return (0, dump.ToString(), string.Empty);
        }
        catch (PanelFormatException ex)
        {
            return (2, string.Empty, ex.Message);
        }
    }

    private sealed record Reader(string[] Lines, Func<string, string?, (int Code, string Output, string Error)> Run);

    private sealed record Case(Func<string[], string[]> Change, int? RefusedLine, string? Says, string NewLine, bool FinalNewLine, string Encoding, string? Option)
    {
        public static Case Refused(Func<string[], string[]> change, int line, string says, string Encoding = "utf-8") =>
            new(change, line, says, "\n", true, Encoding, null);

        public static Case Same(Func<string[], string[]> change, string NewLine = "\n", bool FinalNewLine = true, string Encoding = "utf-8", string? Option = null) =>
            new(change, null, null, NewLine, FinalNewLine, Encoding, Option);
    }
}
