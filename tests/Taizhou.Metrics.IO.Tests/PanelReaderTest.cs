using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.IO.Tests;

/// <summary>Tests of <see cref="PanelReader"/> and <see cref="PanelWriter"/>: round trips and the errors a bad file gives.</summary>
public class PanelReaderTest
{
    private const string Header = "ent_id,cluster,period,ytd_output\n";

    private static EnterprisePanel Generated()
    {
        var data = SyntheticPanel.Generate(150, 30, withCents: false, seed: 7);
        return EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
    }

    [Theory]
    [InlineData("panel.parquet")]
    [InlineData("panel.csv")]
    public void RoundTrip_KeepsEveryValue(string name)
    {
        using var folder = new TempFolder();
        var panel = Generated();
        string path = folder.File(name);
        if (name.EndsWith(".parquet", StringComparison.Ordinal))
        {
            PanelWriter.WriteParquet(panel, path);
        }
        else
        {
            PanelWriter.WriteCsv(panel, path);
        }

        var progress = new List<PanelLoadProgress>();
        var read = PanelReader.Read(path, new SyncProgress(progress));
        Assert.Equal(panel.RowCount, read.RowCount);
        Assert.True(panel.EnterpriseIds.SequenceEqual(read.EnterpriseIds));
        Assert.True(panel.Clusters.SequenceEqual(read.Clusters));
        Assert.True(panel.Periods.SequenceEqual(read.Periods));
        Assert.True(panel.YearToDateOutput.SequenceEqual(read.YearToDateOutput));
        Assert.NotEmpty(progress);
        Assert.Equal(1.0, progress[^1].Fraction);
    }

    [Fact]
    public void Csv_ExtraColumnsAndOtherOrder_AreAccepted()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("p.csv", "name,period,ytd_output,cluster,ent_id\nx,202401,1.5,0,7\ny,202402,2.5,0,7\n");
        var panel = PanelReader.ReadCsv(path, null);
        Assert.Equal([202401, 202402], panel.Periods.ToArray());
        Assert.Equal([1.5, 2.5], panel.YearToDateOutput.ToArray());
    }

    [Fact]
    public void Csv_MissingColumn_NamesItAndTheHeader()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("p.csv", "ent_id,cluster,month,ytd_output\n1,0,202401,1\n");
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null));
        Assert.Contains("no column 'period'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ent_id, cluster, month, ytd_output", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.RowNumber);
    }

    [Fact]
    public void Csv_NonNumericCell_NamesRowLineAndColumn()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("p.csv", Header + "1,0,202401,1\n1,0,202402,abc\n");
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null));
        Assert.Equal(2, ex.RowNumber);
        Assert.Contains("row 2 (line 3), column 'ytd_output': 'abc' is not a number", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,0,202401,1\n1,0,202403,3\n1,0,202402,4\n", 3, 1, "rows must be sorted by (ent_id, period)")]
    [InlineData("1,0,202401,1\n2,0,202401,3\n1,0,202402,4\n", 3, 1, "enterprise 1 comes after enterprise 2")]
    [InlineData("1,0,202401,1\n5,0,202401,3\n5,0,202401,4\n", 3, 5, "period 202401 appears twice")]
    [InlineData("1,0,202401,1\n5,0,202401,3\n5,0,202402,2\n", 3, 5, "year-to-date output falls from 3 in 202401 to 2 in 202402")]
    [InlineData("1,0,202401,1\n5,0,202413,3\n", 2, 5, "period 202413 is not a yyyymm month")]
    [InlineData("1,0,202401,1\n5,-1,202401,3\n", 2, 5, "cluster -1 is not 0 to 4095")]
    public void Csv_BrokenRule_NamesRowAndEnterprise(string rows, int row, int enterprise, string what)
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("p.csv", Header + rows);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null));
        Assert.Equal(row, ex.RowNumber);
        Assert.Equal(enterprise, ex.EnterpriseId);
        Assert.Contains($"row {row} (line {row + 1}), enterprise {enterprise}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(what, ex.Message, StringComparison.Ordinal);
        Assert.IsType<PanelDataException>(ex.InnerException);
    }

    [Fact]
    public void Csv_MissingFile_IsAFormatError()
    {
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv("/nonexistent/panel.csv", null));
        Assert.Contains("/nonexistent/panel.csv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_WrongColumnType_NamesColumnAndTypes()
    {
        using var folder = new TempFolder();
        string path = folder.File("p.parquet");
        await WriteParquet(path, new DataField<int>("ent_id"), new DataField<int>("cluster"), new DataField<long>("period"), new DataField<double>("ytd_output"));
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Contains("column 'period' is Int64; expected Int32", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_MissingColumn_NamesIt()
    {
        using var folder = new TempFolder();
        string path = folder.File("p.parquet");
        await WriteParquet(path, new DataField<int>("ent_id"), new DataField<int>("cluster"), new DataField<int>("period"), new DataField<double>("output"));
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Contains("no column 'ytd_output'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_FallingYearToDate_NamesRowAndEnterprise()
    {
        using var folder = new TempFolder();
        string path = folder.File("p.parquet");
        // The writer only takes valid panels, so write the columns directly, with a fall in the third row.
        await WriteParquetColumns(path, [3, 3, 3], [0, 0, 0], [202401, 202402, 202403], [1.0, 2.0, 1.5]);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Equal(3, ex.RowNumber);
        Assert.Equal(3, ex.EnterpriseId);
        Assert.Contains("row 3, enterprise 3: year-to-date output falls", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_NaNOutput_IsRefusedForItsRow_NotForTheFootersStatistics()
    {
        using var folder = new TempFolder();
        string path = folder.File("p.parquet");
        await WriteParquetColumns(path, [3, 3, 3], [0, 0, 0], [202401, 202402, 202403], [1.0, double.NaN, 3.0]);

        // The writer leaves the NaN out of the chunk's min and max, as parquet.thrift asks: they are 1 and 3.
        var stats = ParquetBytes.ReadFooter(System.IO.File.ReadAllBytes(path)).RowGroups[0].Columns[3].MetaData!.Statistics!;
        Assert.Equal(1.0, BitConverter.ToDouble(stats.MinValue ?? stats.LegacyMin));
        Assert.Equal(3.0, BitConverter.ToDouble(stats.MaxValue ?? stats.LegacyMax));

        // So the decoded values agree with the statistics, and the NaN is the panel's error, named by its row.
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Equal(2, ex.RowNumber);
        Assert.Equal(3, ex.EnterpriseId);
        Assert.StartsWith($"{path}: row 2, enterprise 3: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_TwoRowsNineThousandYearsApart_IsRefusedNamingThePeriods()
    {
        using var folder = new TempFolder();
        string path = folder.File("p.parquet");
        await WriteParquetColumns(path, [1, 2], [0, 147], [100001, 999912], [1.0, 2.0]);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Equal($"{path}: The panel's periods run from 100001 to 999912, 108000 months; a panel spans at most 1200 months (100 years), from its earliest period to its latest.", ex.Message);
    }

    [Fact]
    public void Parquet_NotAParquetFile_IsAFormatError()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("p.parquet", "ent_id,cluster,period,ytd_output\n");
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Contains("cannot be read as Parquet", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Parquet_ManyRowGroups_GiveTheSamePanelAsOne(bool nullable)
    {
        using var folder = new TempFolder();
        var panel = Generated();
        var (ids, clusters, periods, output) = Columns(panel);
        string one = folder.File("one.parquet");
        string many = folder.File("many.parquet");
        await WriteParquetGroups(one, [ids.Length], ids, clusters, periods, output, nullable);
        int[] sizes = [1, 7, 1000, 0, 513, 2, ids.Length - 1523];
        await WriteParquetGroups(many, sizes, ids, clusters, periods, output, nullable);

        var progress = new List<PanelLoadProgress>();
        var fromOne = PanelReader.ReadParquet(one, null);
        var fromMany = PanelReader.ReadParquet(many, new SyncProgress(progress));
        foreach (var read in new[] { fromOne, fromMany })
        {
            AssertSamePanel(panel, read);
        }

        // One report a row group, in order, the last one complete.
        Assert.Equal(sizes.Length, progress.Count);
        Assert.Equal(sizes.Select((_, i) => (long)sizes.Take(i + 1).Sum()), progress.Select(p => p.RowsRead));
        Assert.Equal(1.0, progress[^1].Fraction);
    }

    [Theory]
    [InlineData("duplicate", "appears twice")]
    [InlineData("fall", "year-to-date output falls")]
    public async Task Parquet_BrokenRuleInALaterRowGroup_NamesTheRowOfTheFile(string breakage, string what)
    {
        using var folder = new TempFolder();
        var (ids, clusters, periods, output) = Columns(Generated());
        int[] sizes = [700, 700, 700, ids.Length - 2100];
        int row;
        if (breakage == "duplicate")
        {
            // The first row of the third group repeats the last row of the second.
            row = 1400;
            ids[row] = ids[row - 1];
            periods[row] = periods[row - 1];
            output[row] = output[row - 1];
        }
        else
        {
            row = Enumerable.Range(1800, 400).First(r => ids[r] == ids[r - 1] && periods[r] / 100 == periods[r - 1] / 100 && output[r - 1] > 1);
            output[row] = output[row - 1] - 1;
        }

        string path = folder.File("p.parquet");
        await WriteParquetGroups(path, sizes, ids, clusters, periods, output, nullable: false);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Equal(row + 1, ex.RowNumber);
        Assert.Equal(ids[row], ex.EnterpriseId);
        Assert.Contains($"row {row + 1}, enterprise {ids[row]}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(what, ex.Message, StringComparison.Ordinal);
        Assert.IsType<PanelDataException>(ex.InnerException);
    }

    [Fact]
    public async Task Parquet_NullInALaterRowGroup_NamesTheRowOfTheFile()
    {
        using var folder = new TempFolder();
        var (ids, clusters, periods, output) = Columns(Generated());
        string path = folder.File("p.parquet");
        await WriteParquetGroups(path, [700, 700, 700, ids.Length - 2100], ids, clusters, periods, output, nullable: true, nullPeriodRow: 1500);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Equal(1501, ex.RowNumber);
        Assert.Contains("row 1501: column 'period' is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_BrokenRuleInAnEarlierRowGroup_IsReportedBeforeANullInALaterOne()
    {
        using var folder = new TempFolder();
        var (ids, clusters, periods, output) = Columns(Generated());
        int row = Enumerable.Range(100, 400).First(r => ids[r] == ids[r - 1] && periods[r] / 100 == periods[r - 1] / 100 && output[r - 1] > 1);
        output[row] = output[row - 1] - 1;
        string path = folder.File("p.parquet");
        await WriteParquetGroups(path, [700, 700, 700, ids.Length - 2100], ids, clusters, periods, output, nullable: true, nullPeriodRow: 1500);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Equal(row + 1, ex.RowNumber);
        Assert.Contains("year-to-date output falls", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "\n", true, false)]
    [InlineData(97, "\n", true, false)]
    [InlineData(4096, "\n", true, false)]
    [InlineData(4096, "\n", false, false)]
    [InlineData(4096, "\r\n", true, false)]
    [InlineData(4096, "\r\n", false, false)]
    [InlineData(4096, "\n", true, true)]
    [InlineData(int.MaxValue, "\r\n", false, true)]
    public void Csv_InParts_GivesTheSamePanelAsCreate(int partBytes, string newline, bool finalNewline, bool extraColumns)
    {
        using var folder = new TempFolder();
        var panel = Generated();
        string path = WriteCsv(folder, CsvLines(panel, extraColumns), newline, finalNewline);

        var progress = new List<PanelLoadProgress>();
        var read = PanelReader.ReadCsv(path, new SyncProgress(progress), partBytes);
        AssertSamePanel(panel, read);
        Assert.NotEmpty(progress);
        Assert.Equal(1.0, progress[^1].Fraction);
    }

    [Theory]
    [InlineData(1, "\n")]
    [InlineData(2, "\r\n")]
    [InlineData(3, "\n")]
    public void Csv_PlainAndOtherFormsMixed_InParts_GiveTheWrittenPanel(int seed, string newline)
    {
        // Parts whose every line is plain ASCII numbers are parsed from their bytes, the rest by the general path: rows
        // written in other forms of the same numbers (a sign, spaces, an exponent, quotes, trailing zeros past 15
        // digits, a Chinese extra column) put their part on the general path, and every part gives the written values.
        using var folder = new TempFolder();
        var data = SyntheticPanel.Generate(300, 24, withCents: true, seed: (ulong)seed);
        var panel = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        var random = new Random(seed);
        var lines = new List<string> { "ent_id,cluster,period,ytd_output,note" };
        for (int i = 0; i < panel.RowCount; i++)
        {
            var inv = CultureInfo.InvariantCulture;
            string id = panel.EnterpriseIds[i].ToString(inv);
            string cluster = panel.Clusters[i].ToString(inv);
            string period = panel.Periods[i].ToString(inv);
            string ytd = panel.YearToDateOutput[i].ToString("R", inv);
            string note = "x";
            switch (random.Next(40))
            {
                case 0: id = "+" + id; break;
                case 1: cluster = " " + cluster; break;
                case 2: period = period + " "; break;
                case 3: ytd = panel.YearToDateOutput[i].ToString("E16", inv); break;
                case 4 when seed == 3: ytd = "\"" + ytd + "\""; break;
                case 5: ytd = panel.YearToDateOutput[i].ToString("F2", inv) + "000000000000000000"; break;
                case 6: note = "台州"; break;
                case 7: id = "00" + id; break;
                default: break;
            }

            lines.Add($"{id},{cluster},{period},{ytd},{note}");
        }

        string path = WriteCsv(folder, lines, newline, finalNewline: seed != 3);
        AssertSamePanel(panel, PanelReader.ReadCsv(path, null, 512));
        AssertSamePanel(panel, PanelReader.ReadCsv(path, null, 4096));
    }

    [Fact]
    public void Csv_LargerThanOnePart_GivesTheSamePanelAsCreate()
    {
        // More than one part of the default size, so read on every core.
        using var folder = new TempFolder();
        var data = SyntheticPanel.Generate(4000, 120, withCents: true, seed: 11);
        var panel = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        string path = folder.File("big.csv");
        PanelWriter.WriteCsv(panel, path);
        Assert.True(new System.IO.FileInfo(path).Length > PanelReader.CsvPartBytes);

        var progress = new List<PanelLoadProgress>();
        AssertSamePanel(panel, PanelReader.ReadCsv(path, new SyncProgress(progress)));
        Assert.Equal(1.0, progress[^1].Fraction);
        Assert.True(progress.Select(p => p.RowsRead).SequenceEqual(progress.Select(p => p.RowsRead).Order()));
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(int.MaxValue)]
    public void Csv_UnsortedRowInALatePart_NamesRowAndLine(int partBytes)
    {
        using var folder = new TempFolder();
        var panel = Generated();
        var ids = panel.EnterpriseIds.ToArray();
        var lines = CsvLines(panel, extraColumns: false);
        int row = Enumerable.Range(panel.RowCount * 9 / 10, 400).First(r => ids[r] != ids[r - 1]);
        lines[row + 1] = $"{ids[row - 1] - 1}{lines[row + 1][lines[row + 1].IndexOf(',', StringComparison.Ordinal)..]}";
        string path = WriteCsv(folder, lines, "\n", finalNewline: true);

        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null, partBytes));
        Assert.Equal(row + 1, ex.RowNumber);
        Assert.Equal(ids[row - 1] - 1, ex.EnterpriseId);
        Assert.Contains($"row {row + 1} (line {row + 2}), enterprise {ids[row - 1] - 1}: enterprise {ids[row - 1] - 1} comes after enterprise {ids[row - 1]}", ex.Message, StringComparison.Ordinal);
        Assert.IsType<PanelDataException>(ex.InnerException);
    }

    [Theory]
    [InlineData(4096, "\n")]
    [InlineData(4096, "\r\n")]
    [InlineData(int.MaxValue, "\n")]
    public void Csv_BadCellInALatePart_NamesRowLineAndColumn(int partBytes, string newline)
    {
        using var folder = new TempFolder();
        var panel = Generated();
        var lines = CsvLines(panel, extraColumns: false);
        int row = panel.RowCount * 9 / 10;
        lines[row] = ReplaceField(lines[row], 2, "x");
        string path = WriteCsv(folder, lines, newline, finalNewline: true);

        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null, partBytes));
        Assert.Equal(row, ex.RowNumber);
        Assert.EndsWith($"p.csv: row {row} (line {row + 1}), column 'period': 'x' is not a 32-bit integer.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4096, true)]
    [InlineData(4096, false)]
    [InlineData(int.MaxValue, true)]
    [InlineData(int.MaxValue, false)]
    public void Csv_BrokenRuleBeforeABadCell_IsReportedFirst(int partBytes, bool inALaterPart)
    {
        // The fall comes first in the file: in an earlier part, or a little earlier in the same part (and batch).
        using var folder = new TempFolder();
        var panel = Generated();
        var (ids, _, periods, output) = Columns(panel);
        int row = Enumerable.Range(300, 400).First(r => ids[r] == ids[r - 1] && periods[r] / 100 == periods[r - 1] / 100 && output[r - 1] > 1);
        var lines = CsvLines(panel, extraColumns: false);
        lines[row + 1] = ReplaceField(lines[row + 1], 3, (output[row - 1] - 1).ToString("R", CultureInfo.InvariantCulture));
        int bad = inALaterPart ? panel.RowCount * 9 / 10 : row + 3;
        lines[bad] = ReplaceField(lines[bad], 3, "abc");
        string path = WriteCsv(folder, lines, "\n", finalNewline: true);

        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null, partBytes));
        Assert.Equal(row + 1, ex.RowNumber);
        Assert.Contains($"row {row + 1} (line {row + 2}), enterprise {ids[row]}: year-to-date output falls", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(int.MaxValue)]
    public void Csv_QuotedFieldsWithLineBreaks_AreReadOnOneThread(int partBytes)
    {
        // Cutting at line feeds would split the quoted notes: the file is read on one thread.
        using var folder = new TempFolder();
        var panel = Generated();
        var lines = CsvLines(panel, extraColumns: true);
        lines[0] = "note," + lines[0];
        for (int i = 1; i < lines.Count; i++)
        {
            lines[i] = $"\"line one,\nline \"\"two\"\"\",{lines[i]}";
        }

        string path = WriteCsv(folder, lines, "\n", finalNewline: true);
        AssertSamePanel(panel, PanelReader.ReadCsv(path, null, partBytes));
    }

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", false)]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    public void Csv_LoneCarriageReturn_IsReadAsOnOneThread(string newline, bool atTheEnd)
    {
        // The CSV reader ends a record at a carriage return without a line feed or not depending on where it falls in
        // its buffer, and takes it for the line end of the whole file if it ends the first line read. Here it ends the
        // first line of a part (a reader of that part alone would then ignore the line feeds), or the file: the file is
        // read on one thread, and the outcome does not depend on the part size.
        using var folder = new TempFolder();
        var lines = CsvLines(Generated(), extraColumns: false);
        if (atTheEnd)
        {
            lines[^1] += "\r";
        }
        else
        {
            int row = 0;
            for (long start = 0; start <= 20 * 4096; row++)
            {
                start += lines[row].Length + newline.Length;
            }

            lines[row] += "\r" + lines[row + 1];
            lines.RemoveAt(row + 1);
        }

        string path = WriteCsv(folder, lines, newline, finalNewline: !atTheEnd);

        static string Outcome(string path, int partBytes)
        {
            try
            {
                var read = PanelReader.ReadCsv(path, null, partBytes);
                return string.Join(",", read.EnterpriseIds.ToArray()) + ";" + string.Join(",", read.YearToDateOutput.ToArray());
            }
            catch (PanelFormatException ex)
            {
                return ex.Message;
            }
        }

        Assert.Equal(Outcome(path, int.MaxValue), Outcome(path, 4096));
    }

    [Fact]
    public void Csv_Utf8ByteOrderMark_InParts_GivesTheSamePanelAsCreate()
    {
        using var folder = new TempFolder();
        var panel = Generated();
        string path = folder.File("p.csv");
        System.IO.File.WriteAllText(path, string.Join("\n", CsvLines(panel, extraColumns: false)) + "\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal(0xEF, System.IO.File.ReadAllBytes(path)[0]);
        AssertSamePanel(panel, PanelReader.ReadCsv(path, null, 4096));
    }

    [Theory]
    [InlineData(4096, "\n")]
    [InlineData(4096, "\r\n")]
    [InlineData(int.MaxValue, "\n")]
    public void Csv_BlankLastLines_AreSkippedAsByEveryReader(int partBytes, string newline)
    {
        // The one CSV policy (docs/input.md): a blank line holds no value and is skipped, here as in the table readers.
        using var folder = new TempFolder();
        var expected = Generated();
        var lines = CsvLines(expected, extraColumns: false);
        lines.AddRange([string.Empty, "  ", ",,,", string.Empty]);
        string path = WriteCsv(folder, lines, newline, finalNewline: true);

        AssertSamePanel(expected, PanelReader.ReadCsv(path, null, partBytes));
    }

    [Theory]
    [InlineData('\t', 97, false)]
    [InlineData('\t', 97, true)]
    [InlineData('\t', int.MaxValue, false)]
    [InlineData(';', 97, false)]
    [InlineData(';', 97, true)]
    [InlineData(';', int.MaxValue, true)]
    public void Csv_TabOrSemicolonSeparated_GivesTheSamePanelAsComma_InPartsAndOnOneThread(char delimiter, int partBytes, bool given)
    {
        // The comma lines with every comma replaced: no cell of the panel holds one.
        using var folder = new TempFolder();
        var panel = Generated();
        var lines = CsvLines(panel, extraColumns: true).Select(l => l.Replace(',', delimiter)).ToList();
        string path = WriteCsv(folder, lines, "\n", finalNewline: true);

        AssertSamePanel(panel, PanelReader.ReadCsv(path, null, partBytes, InputEncoding.Detect, given ? delimiter : null));
    }

    [Fact]
    public void Csv_WithOptions_ReadsTheDelimiterGiven()
    {
        using var folder = new TempFolder();
        var panel = Generated();
        string path = WriteCsv(folder, [.. CsvLines(panel, extraColumns: false).Select(l => l.Replace(',', ';'))], "\n", finalNewline: true);

        AssertSamePanel(panel, PanelReader.Read(path, null, new PanelReadOptions { Delimiter = ';' }));
        AssertSamePanel(panel, PanelReader.ReadCsv(path, null, PanelReadOptions.Default));
    }

    [Fact]
    public void ReadOptions_DelimiterOtherThanCommaTabOrSemicolon_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PanelReadOptions { Delimiter = '|' });

    [Fact]
    public void Csv_DelimiterGivenButNotTheFiles_NamesLineOneAndTheFilesDelimiter()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("p.csv", Header + "1,0,202401,5\n");

        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null, new PanelReadOptions { Delimiter = '\t' }));

        Assert.Contains("line 1: no column 'ent_id'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("It is read with the delimiter tab, but holds ',': give --delimiter ,", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Stream_CsvOrParquet_IsToldApartByContent_AndItsSpoolIsDeleted(bool parquet)
    {
        using var folder = new TempFolder();
        var panel = Generated();
        string file = folder.File("written");   // no extension: the stream is not named by one
        if (parquet)
        {
            PanelWriter.WriteParquet(panel, file);
        }
        else
        {
            PanelWriter.WriteCsv(panel, file);
        }

        string spool = folder.File("spool");
        System.IO.Directory.CreateDirectory(spool);
        using var input = System.IO.File.OpenRead(file);

        var read = PanelReader.Read(input, "-", null, new PanelReadOptions { SpoolDirectory = spool });

        AssertSamePanel(panel, read);
        Assert.Empty(System.IO.Directory.EnumerateFileSystemEntries(spool));
    }

    [Fact]
    public void Stream_SpoolFolderMissing_IsCopiedToTheSystemsTemporaryFolderInstead()
    {
        using var folder = new TempFolder();
        var panel = Generated();
        string file = folder.File("p.csv");
        PanelWriter.WriteCsv(panel, file);
        using var input = System.IO.File.OpenRead(file);

        var read = PanelReader.Read(input, "-", null, new PanelReadOptions { SpoolDirectory = folder.File("missing") });

        AssertSamePanel(panel, read);
        Assert.False(System.IO.Directory.Exists(folder.File("missing")));
    }

    [Fact]
    public void Stream_BadPanel_NamesTheSource_AndItsSpoolIsDeleted()
    {
        using var folder = new TempFolder();
        string spool = folder.File("spool");
        System.IO.Directory.CreateDirectory(spool);
        using var input = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(Header + "1,0,202402,1\n1,0,202401,2\n"));

        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.Read(input, "-", null, new PanelReadOptions { SpoolDirectory = spool }));

        Assert.StartsWith("-: row 2 (line 3), enterprise 1: period 202401 comes after period 202402", ex.Message, StringComparison.Ordinal);
        Assert.Equal("-", ex.Path);
        Assert.Empty(System.IO.Directory.EnumerateFileSystemEntries(spool));
    }

    [Fact]
    public void Stream_CsvThatStartsWithTheParquetMagicOnly_IsReadAsCsv()
    {
        // PAR1 at the start but not at the end is not Parquet: the text is read as CSV and its header refused.
        using var folder = new TempFolder();
        using var input = new System.IO.MemoryStream("PAR1,cluster,period,ytd_output\n1,0,202401,5\n"u8.ToArray());

        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.Read(input, "-", null, new PanelReadOptions { SpoolDirectory = folder.Path }));

        Assert.StartsWith("-: line 1: no column 'ent_id'", ex.Message, StringComparison.Ordinal);
    }

    private static List<string> CsvLines(EnterprisePanel panel, bool extraColumns)
    {
        var lines = new List<string> { extraColumns ? "name,period,ytd_output,cluster,ent_id" : Header.TrimEnd('\n') };
        for (int i = 0; i < panel.RowCount; i++)
        {
            string ytd = panel.YearToDateOutput[i].ToString("R", CultureInfo.InvariantCulture);
            lines.Add(extraColumns
                ? string.Create(CultureInfo.InvariantCulture, $"e{i},{panel.Periods[i]},{ytd},{panel.Clusters[i]},{panel.EnterpriseIds[i]}")
                : string.Create(CultureInfo.InvariantCulture, $"{panel.EnterpriseIds[i]},{panel.Clusters[i]},{panel.Periods[i]},{ytd}"));
        }

        return lines;
    }

    private static string ReplaceField(string line, int field, string value)
    {
        var fields = line.Split(',');
        fields[field] = value;
        return string.Join(',', fields);
    }

    private static string WriteCsv(TempFolder folder, List<string> lines, string newline, bool finalNewline)
    {
        string path = folder.File("p.csv");
        System.IO.File.WriteAllText(path, string.Join(newline, lines) + (finalNewline ? newline : string.Empty));
        return path;
    }

    private static void AssertSamePanel(EnterprisePanel expected, EnterprisePanel actual)
    {
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.EnterpriseCount, actual.EnterpriseCount);
        Assert.Equal(expected.ClusterCount, actual.ClusterCount);
        Assert.Equal(expected.FirstMonth, actual.FirstMonth);
        Assert.Equal(expected.MonthCount, actual.MonthCount);
        Assert.True(expected.EnterpriseIds.SequenceEqual(actual.EnterpriseIds));
        Assert.True(expected.Clusters.SequenceEqual(actual.Clusters));
        Assert.True(expected.Periods.SequenceEqual(actual.Periods));
        Assert.True(expected.YearToDateOutput.SequenceEqual(actual.YearToDateOutput));
    }

    private static (int[] Ids, int[] Clusters, int[] Periods, double[] Output) Columns(EnterprisePanel panel) =>
        (panel.EnterpriseIds.ToArray(), panel.Clusters.ToArray(), panel.Periods.ToArray(), panel.YearToDateOutput.ToArray());

    private static async Task WriteParquetGroups(string path, int[] groupSizes, int[] ids, int[] clusters, int[] periods, double[] output, bool nullable, int nullPeriodRow = -1)
    {
        DataField[] fields = nullable
            ? [new DataField<int?>("ent_id"), new DataField<int?>("cluster"), new DataField<int?>("period"), new DataField<double?>("ytd_output")]
            : [new DataField<int>("ent_id"), new DataField<int>("cluster"), new DataField<int>("period"), new DataField<double>("ytd_output")];
        await using var stream = System.IO.File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        int start = 0;
        foreach (int n in groupSizes)
        {
            using var rg = writer.CreateRowGroup();
            if (nullable)
            {
                int?[] Nullable(int[] column, bool withNull) =>
                    column.Skip(start).Take(n).Select((v, i) => withNull && start + i == nullPeriodRow ? null : (int?)v).ToArray();
                await rg.WriteAsync<int>(fields[0], Nullable(ids, false).AsMemory());
                await rg.WriteAsync<int>(fields[1], Nullable(clusters, false).AsMemory());
                await rg.WriteAsync<int>(fields[2], Nullable(periods, true).AsMemory());
                await rg.WriteAsync<double>(fields[3], output.Skip(start).Take(n).Select(v => (double?)v).ToArray().AsMemory());
            }
            else
            {
                await rg.WriteAsync<int>(fields[0], ids.AsMemory(start, n));
                await rg.WriteAsync<int>(fields[1], clusters.AsMemory(start, n));
                await rg.WriteAsync<int>(fields[2], periods.AsMemory(start, n));
                await rg.WriteAsync<double>(fields[3], output.AsMemory(start, n));
            }

            start += n;
        }
    }

    private static async Task WriteParquet(string path, params DataField[] fields)
    {
        await using var stream = System.IO.File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        using var rg = writer.CreateRowGroup();
        foreach (var f in fields)
        {
            if (f.ClrType == typeof(int))
            {
                await rg.WriteAsync<int>(f, new[] { 1 }.AsMemory());
            }
            else if (f.ClrType == typeof(long))
            {
                await rg.WriteAsync<long>(f, new[] { 202401L }.AsMemory());
            }
            else
            {
                await rg.WriteAsync<double>(f, new[] { 1.0 }.AsMemory());
            }
        }
    }

    private static async Task WriteParquetColumns(string path, int[] ids, int[] clusters, int[] periods, double[] output)
    {
        var fields = new DataField[] { new DataField<int>("ent_id"), new DataField<int>("cluster"), new DataField<int>("period"), new DataField<double>("ytd_output") };
        await using var stream = System.IO.File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        using var rg = writer.CreateRowGroup();
        await rg.WriteAsync<int>(fields[0], ids.AsMemory());
        await rg.WriteAsync<int>(fields[1], clusters.AsMemory());
        await rg.WriteAsync<int>(fields[2], periods.AsMemory());
        await rg.WriteAsync<double>(fields[3], output.AsMemory());
    }

    private sealed class SyncProgress(List<PanelLoadProgress> reports) : IProgress<PanelLoadProgress>
    {
        public void Report(PanelLoadProgress value) => reports.Add(value);
    }
}
