using System;
using System.IO;
using Taizhou.Metrics.IO.Excel;
using Taizhou.Metrics.Fuzz;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Excel;

/// <summary>
/// Random damage to real workbooks (the LibreOffice .xls and .xlsx, seeded byte edits: bits flipped, bytes inserted,
/// deleted, duplicated, the end cut): each one is read, or refused with one <see cref="InputFormatException"/> that
/// names the file; never another exception from ExcelDataReader, the zip reader or the error-cell scans.
/// </summary>
public class ExcelMutationTest
{
    private const int Seeds = 400;

    [Theory]
    [InlineData("bureau.xls")]
    [InlineData("bureau.xlsx")]
    public void DamagedWorkbook_ReadOrOneInputFormatException(string file)
    {
        byte[] good = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Excel", "Data", file));
        int read = 0;
        int refused = 0;
        for (int seed = 0; seed < Seeds; seed++)
        {
            var mutator = new Mutator(seed);
            byte[] bad = mutator.MutateBytes(good);
            SheetSelector sheet = seed % 2 == 0 ? SheetSelector.First : SheetSelector.Parse("#2");
            try
            {
                foreach (SheetRow row in ExcelSheet.ReadRows(new MemoryStream(bad), "damaged", sheet))
                {
                    Assert.True(row.RowNumber > 0);
                }

                read++;
            }
            catch (InputFormatException ex)
            {
                Assert.True(ex.Message.StartsWith("damaged: ", StringComparison.Ordinal), $"seed {seed}: {ex.Message}");
                refused++;
            }
            catch (Exception ex)
            {
                Assert.Fail($"seed {seed}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{file}: {read} read, {refused} refused");
        Assert.Equal(Seeds, read + refused);
    }
}
