using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Fuzz;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Fuzz;

/// <summary>
/// Bounded random-input test of <see cref="PanelReader.ReadCsv(string, IProgress{PanelLoadProgress}?, InputEncoding)"/>,
/// differential: a valid panel CSV with its lines, cells, quotes, delimiters, line ends, encoding or bytes changed is
/// read on one thread and in parts of a few dozen bytes on every core, and the two must agree: the same panel, bit for
/// bit, or the same <see cref="PanelFormatException"/> message. Nothing else may escape, and no message holds a U+FFFD
/// the file did not.
/// </summary>
public class PanelCsvFuzzTest
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void MutatedPanels_ReadTheSameOnOneThreadAndInParts(int seed)
    {
        var m = new Mutator(seed);
        var data = SyntheticPanel.Generate(5, 14, withCents: true, seed: (ulong)seed);
        string[] names = ["甲", "乙公司", "Z", "台州制造"];
        string[] lines =
        [
            "ent_id,cluster,period,ytd_output,name",
            .. Enumerable.Range(0, data.EnterpriseIds.Length).Select(i => string.Create(
                CultureInfo.InvariantCulture,
                $"{data.EnterpriseIds[i]},{data.Clusters[i]},{data.Periods[i]},{data.YearToDateOutput[i]:R},{names[data.EnterpriseIds[i] % names.Length]}")),
        ];
        using var folder = new TempFolder();
        string path = folder.File("panel.csv");
        int refused = 0;
        for (int i = 0; i < 300; i++)
        {
            // The first file is the valid one, as UTF-8: it must be read.
            var encoding = new Mutator.FileEncoding("utf-8", null);
            byte[] bytes = i == 0 ? Encoding.UTF8.GetBytes(m.JoinLines(lines)) : m.Encode(m.MutateCsv(lines), out encoding);
            if (i > 0 && m.Random.Next(3) == 0)
            {
                bytes = m.MutateBytes(bytes);
            }

            File.WriteAllBytes(path, bytes);
            var input = encoding.Option switch
            {
                "utf-8" => InputEncoding.Utf8,
                "utf-16" => InputEncoding.Utf16,
                "gb18030" => InputEncoding.Gb18030,
                _ => InputEncoding.Detect,
            };
            int partBytes = m.Random.Next(16, 400);
            string context = $"seed {seed}, file {i}, {encoding.Name}, parts of {partBytes} bytes: {Mutator.Show(bytes)}";
            var whole = Read(path, int.MaxValue, input, context);
            var inParts = Read(path, partBytes, input, context);
            if (i == 0)
            {
                Assert.True(whole.Panel is not null, $"{context}\nthe unchanged file must be read: {whole.Error}");
            }

            Assert.True(whole.Error == inParts.Error, $"{context}\none thread: {whole.Error ?? "read"}\nin parts: {inParts.Error ?? "read"}");
            if (whole.Panel is { } a && inParts.Panel is { } b)
            {
                Assert.True(a.EnterpriseIds.SequenceEqual(b.EnterpriseIds) && a.Clusters.SequenceEqual(b.Clusters) && a.Periods.SequenceEqual(b.Periods), context);
                Assert.True(MemoryMarshal.AsBytes(a.YearToDateOutput).SequenceEqual(MemoryMarshal.AsBytes(b.YearToDateOutput)), context);
            }
            else
            {
                refused++;
                Assert.True(Mutator.MayHoldReplacementCharacter(bytes) || !whole.Error!.Contains('\uFFFD', StringComparison.Ordinal), $"{context}\nthe message holds U+FFFD: {whole.Error}");
            }
        }

        Assert.InRange(refused, 30, 299);
    }

    // Found by the random inputs: a row with more or fewer fields than the header was reported by the tokenizer on one
    // thread ("line 8: 4 fields, but the header has 5.") and by the layout in parts ("row 7 (line 8): 4 fields, …"), so
    // the message for one file depended on its size. Both now name the row and the line.
    [Fact]
    public void FieldCountError_IsTheSameMessageOnOneThreadAndInParts()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("panel.csv", "ent_id,cluster,period,ytd_output,name\n" + string.Concat(Enumerable.Range(1, 10).Select(i => i == 7 ? "4,1,202401,7\n" : $"{(i + 1) / 2},1,20240{2 - (i % 2)},{i},x\n")));

        var whole = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null, int.MaxValue));
        var inParts = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null, 40));

        Assert.Equal($"{path}: row 7 (line 8): 4 fields, but the header has 5.", inParts.Message);
        Assert.Equal(inParts.Message, whole.Message);
    }

    // Found by the random inputs: in parts, the rows are parsed by Sylvan's CsvDataReader, whose options defaulted to
    // Comment = '#': a line that starts with # was skipped as a comment, while the tokenizer on one thread reads it as a
    // row, so an error later in the same part was reported first, its row and line off by one. Comments are off now.
    [Fact]
    public void LineStartingWithHash_IsARowInPartsAsOnOneThread()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("panel.csv", "ent_id,cluster,period,ytd_output,name\n" + string.Concat(Enumerable.Range(1, 20).Select(i =>
            i == 3 ? "#1,1,202402,3,x\n" : i == 6 ? "3,1,202402,six,x\n" : string.Create(CultureInfo.InvariantCulture, $"{(i + 1) / 2},1,20240{2 - (i % 2)},{i},x\n"))));

        var whole = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null, int.MaxValue));
        var inParts = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null, 200));

        Assert.Equal($"{path}: row 3 (line 4), column 'ent_id': '#1' is not a 32-bit integer.", whole.Message);
        Assert.Equal(whole.Message, inParts.Message);
    }

    private static (EnterprisePanel? Panel, string? Error) Read(string path, int partBytes, InputEncoding encoding, string context)
    {
        try
        {
            return (PanelReader.ReadCsv(path, null, partBytes, encoding), null);
        }
        catch (PanelFormatException ex)
        {
            Assert.True(ex.Message.StartsWith(path + ": ", StringComparison.Ordinal), $"{context}\nthe message does not start with the file: {ex.Message}");
            return (null, ex.Message);
        }
        catch (Exception ex)
        {
            Assert.Fail($"{context}\n{ex.GetType().Name} escaped when read in parts of {partBytes} bytes: {ex}");
            throw;
        }
    }
}
