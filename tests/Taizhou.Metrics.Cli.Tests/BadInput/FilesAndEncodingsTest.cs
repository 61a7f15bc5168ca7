using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Taizhou.Metrics.IO;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "Files and encodings": a file that cannot be read, or whose bytes are not its encoding's.</summary>
public class FilesAndEncodingsTest
{
    // 制造业 is E5 88 B6 E9 80 A0 E4 B8 9A in UTF-8 and D6 C6 D4 EC D2 B5 in GB18030.
    private const string Table = "part,previous,current\n制造业,20,30\n服务业,80,90\n";

    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    [Fact]
    public void FileMissing_ExitsTwoNamingTheFile()
    {
        using var s = new Scratch();
        string path = s.PathOf("missing.csv");

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: cannot be read: Could not find file");
    }

    [Fact]
    public void FileIsAFolder_ExitsTwoNamingIt()
    {
        using var s = new Scratch();

        Expect.Exit(2, CliRunner.Run("project", "--input", s.Folder, "--target", "2020:5"), $"{s.Folder}: cannot be read");
    }

    [Fact]
    public void FileEmpty_ExitsTwoSayingItIsEmpty()
    {
        using var s = new Scratch();
        string path = s.Bytes("empty.csv", []);

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: the file is empty; expected a header row.");
    }

    [Fact]
    public void FileNameWithEscapeSequence_IsEscapedInTheMessage()
    {
        using var s = new Scratch();
        string path = s.PathOf("x\u001b[2J.csv");

        var run = CliRunner.Run("contrib", "--input", path);

        Expect.Exit(2, run, "x\\u001b[2J.csv: cannot be read");
        Assert.DoesNotContain('\u001b', run.Error);
    }

    [Fact]
    public void Gb18030ReadAsUtf8_ExitsTwoSuggestingGb18030()
    {
        using var s = new Scratch();
        string path = s.Bytes("gbk.csv", Gb18030.GetBytes(Table));

        // D6 C6: C6 does not continue D6 in UTF-8.
        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 2: the byte D6 is not valid UTF-8", "--encoding gb18030");
    }

    [Fact]
    public void PanelGb18030ReadAsUtf8_ExitsTwoNamingTheLine()
    {
        using var s = new Scratch();
        string path = s.Bytes("panel.csv", Gb18030.GetBytes("ent_id,cluster,period,ytd_output,name\n1,0,202401,10,甲\n1,0,202402,20,甲\n"));

        // 甲 is BC D7 in GB18030: D7 does not continue BC in UTF-8.
        Expect.Exit(2, CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out")), $"{path}: row 1 (line 2): the byte BC is not valid UTF-8", "--encoding gb18030");
        Assert.False(Directory.Exists(s.PathOf("out")));
    }

    [Fact]
    public void InvalidUtf8OnLine4_ExitsTwoNamingLine4()
    {
        using var s = new Scratch();
        string path = s.Bytes("bad.csv", [.. Encoding.UTF8.GetBytes(Table), (byte)'X', 0x80, .. ",1,2\n"u8]);

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 4: the byte 80 is not valid UTF-8");
    }

    [Fact]
    public void EncodedSurrogate_ExitsTwoNamingTheByte()
    {
        // ED A0 80 would be U+D800, which UTF-8 does not encode.
        using var s = new Scratch();
        string path = s.Bytes("bad.csv", [.. "part,previous,current\nA"u8, 0xED, 0xA0, 0x80, .. ",1,2\n"u8]);

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 2: the byte ED is not valid UTF-8");
    }

    [Fact]
    public void OverlongUtf8_ExitsTwoNamingTheByte()
    {
        // C0 AF is an overlong "/".
        using var s = new Scratch();
        string path = s.Bytes("bad.csv", [.. "part,previous,current\nA"u8, 0xC0, 0xAF, .. ",1,2\n"u8]);

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 2: the byte C0 is not valid UTF-8");
    }

    [Fact]
    public void Utf8CutAtTheEnd_ExitsTwoNamingTheBytes()
    {
        // The file ends after the first two bytes of 制 (E5 88 B6).
        using var s = new Scratch();
        string path = s.Bytes("cut.csv", [.. "part,previous,current\nA,1,2\n"u8, 0xE5, 0x88]);

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 3: the bytes E5 88 are not valid UTF-8");
    }

    [Fact]
    public void Utf8ReadAsGb18030_ExitsTwoSuggestingUtf8()
    {
        // 制造 as UTF-8 is E5 88 | B6 E9 | 80 ...: 80 cannot start a GB18030 character.
        using var s = new Scratch();
        string path = s.Bytes("utf8.csv", Encoding.UTF8.GetBytes(Table));

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path, "--encoding", "gb18030"), $"{path}: line 2: the byte 80 is not valid GB18030", "--encoding utf-8");
    }

    [Fact]
    public void Utf16WithoutMark_ExitsTwoSuggestingUtf16()
    {
        using var s = new Scratch();
        string path = s.Bytes("utf16.csv", Encoding.Unicode.GetBytes(Table));

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 1: a NUL character (U+0000)", "--encoding utf-16");
    }

    [Fact]
    public void Utf16MarkWithEncodingUtf8_ExitsTwoNamingBoth()
    {
        using var s = new Scratch();
        string path = s.Bytes("utf16.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Table)]);

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path, "--encoding", "utf-8"), $"{path}: line 1: the file starts with the byte-order mark of UTF-16, but the encoding given is UTF-8");
    }

    [Fact]
    public void Utf8MarkWithEncodingGb18030_ExitsTwoNamingBoth()
    {
        using var s = new Scratch();
        string path = s.Bytes("utf8.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Table)]);

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path, "--encoding", "gbk"), $"{path}: line 1: the file starts with the byte-order mark of UTF-8, but the encoding given is GB18030");
    }

    [Fact]
    public void Gb18030MarkWithEncodingUtf8_ExitsTwoNamingBoth()
    {
        using var s = new Scratch();
        string path = s.Bytes("gb.csv", [0x84, 0x31, 0x95, 0x33, .. Gb18030.GetBytes(Table)]);

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path, "--encoding", "utf-8"), $"{path}: line 1: the file starts with the byte-order mark of GB18030, but the encoding given is UTF-8");
    }

    [Fact]
    public void Utf16OddLength_ExitsTwoNamingTheLine()
    {
        using var s = new Scratch();
        string path = s.Bytes("odd.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Table), (byte)'A']);

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 4: the byte 41 is not valid UTF-16");
    }

    [Fact]
    public void Utf16LoneSurrogate_ExitsTwoNamingTheLine()
    {
        // A high surrogate (U+D800) followed by a comma.
        using var s = new Scratch();
        byte[] text = Encoding.Unicode.GetBytes("part,previous,current\nA");
        string path = s.Bytes("surrogate.csv", [.. Encoding.Unicode.GetPreamble(), .. text, 0x00, 0xD8, .. Encoding.Unicode.GetBytes(",1,2\n")]);

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 2: the bytes", "not valid UTF-16");
    }

    [Fact]
    public void ParquetFileGivenAsCsv_ExitsTwoNamingLine1()
    {
        // A panel's Parquet file where a CSV table is expected: PAR1 then binary.
        using var s = new Scratch();
        string path = s.Bytes("panel.csv", ParquetFile.Written(Panels.EnterprisePanel.Create([1], [0], [202401], [1.0])));

        var run = CliRunner.Run("contrib", "--input", path);

        Expect.Exit(2, run, $"{path}: line 1: ");
        Assert.True(run.Error.Contains("NUL", System.StringComparison.Ordinal) || run.Error.Contains("not valid UTF-8", System.StringComparison.Ordinal), run.Error);
        Assert.DoesNotContain('\0', run.Error);
    }

    [Fact]
    public void PanelCsvMissing_ExitsTwoNamingTheFile()
    {
        using var s = new Scratch();
        string path = s.PathOf("missing.csv");

        Expect.Exit(2, CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out")), $"{path}: cannot be read as CSV: Could not find file");
        Assert.False(Directory.Exists(s.PathOf("out")));
    }

    [Fact]
    public void PanelParquetMissing_ExitsTwoNamingTheFile()
    {
        using var s = new Scratch();
        string path = s.PathOf("missing.parquet");

        Expect.Exit(2, CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out")), $"{path}: cannot be read as Parquet: Could not find file");
    }
}
