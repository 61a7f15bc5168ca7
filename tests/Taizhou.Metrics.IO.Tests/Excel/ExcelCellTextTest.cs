using System;
using Taizhou.Metrics.IO.Excel;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Excel;

/// <summary>
/// Cells to text. The expected texts are what Excel shows for the value at full precision (15 significant digits),
/// written out by hand.
/// </summary>
public class ExcelCellTextTest
{
    [Theory]
    [InlineData(1234.5, "1234.5")]
    [InlineData(2469.0, "2469")]
    [InlineData(-17.0, "-17")]
    [InlineData(0.1, "0.1")]
    [InlineData(1234.4999999999998, "1234.5")] // the double next below 1234.5: float noise, Excel shows 1234.5
    [InlineData(0.30000000000000004, "0.3")] // =0.1+0.2 as Excel stores it
    [InlineData(26.700000000000003, "26.7")]
    [InlineData(120000000000.0, "120000000000")] // 1.2E+11 without the exponent
    [InlineData(12345678901234567.0, "12345678901234600")] // Excel keeps 15 digits: it shows 12345678901234600
    [InlineData(1e-7, "0.0000001")]
    [InlineData(-2.5e-7, "-0.00000025")]
    [InlineData(0.000123, "0.000123")]
    [InlineData(-0.0, "0")]
    [InlineData(123456789012345.0, "123456789012345")]
    public void Number_ExcelPrecisionPlainInvariant(double value, string expected)
    {
        Assert.Equal(expected, ExcelCellText.Number(value));
        Assert.Equal(expected, ExcelCellText.Format(value, "General"));
    }

    [Fact]
    public void Number_IgnoresTheThreadCulture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1234.5", ExcelCellText.Format(1234.5, null));
            Assert.Equal("2018-06-30", ExcelCellText.Format(new DateTime(2018, 6, 30), "dd.MM.yyyy"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("0%", true)]
    [InlineData("0.0%", true)]
    [InlineData("[Red]0.00%", true)]
    [InlineData("0.0\"%\"", false)] // a quoted % is shown as text; the number is not multiplied
    [InlineData("0.0\\%", false)] // an escaped % likewise
    [InlineData("General", false)]
    [InlineData("#,##0.00", false)]
    [InlineData(null, false)]
    public void IsPercentFormat_OnlyAnUnquotedPercentSign(string? format, bool expected)
    {
        Assert.Equal(expected, ExcelCellText.IsPercentFormat(format));
    }

    [Fact]
    public void Format_PercentCell_IsTheNumberTimes100WithPercentSign()
    {
        Assert.Equal("26.7%", ExcelCellText.Format(0.267, "0.0%"));
        Assert.Equal("-3.25%", ExcelCellText.Format(-0.0325, "0.00%"));
        Assert.Equal("0.267", ExcelCellText.Format(0.267, "0.000"));
    }

    [Fact]
    public void Format_Date_IsIsoDateOrDateTime()
    {
        Assert.Equal("2018-06-30", ExcelCellText.Format(new DateTime(2018, 6, 30), "m/d/yyyy"));
        Assert.Equal("2018-06-30T14:05:00", ExcelCellText.Format(new DateTime(2018, 6, 30, 14, 5, 0), "m/d/yyyy h:mm"));

        // An OLE date a hair below 14:00 (floating noise of the day fraction) is rounded to the second.
        Assert.Equal("2018-06-30T14:00:00", ExcelCellText.Format(new DateTime(2018, 6, 30, 13, 59, 59, 999), null));
        Assert.Equal("2018-07-01", ExcelCellText.Format(new DateTime(2018, 6, 30, 23, 59, 59, 700), null));
    }

    [Fact]
    public void Format_OtherKinds()
    {
        Assert.Equal(string.Empty, ExcelCellText.Format(null, null));
        Assert.Equal(" 规上工业 ", ExcelCellText.Format(" 规上工业 ", null));
        Assert.Equal("TRUE", ExcelCellText.Format(true, null));
        Assert.Equal("FALSE", ExcelCellText.Format(false, null));
        Assert.Equal("42", ExcelCellText.Format(42, "General"));
        Assert.Equal("01:30:00", ExcelCellText.Format(TimeSpan.FromMinutes(90), "h:mm"));
        Assert.Equal("1.02:00:00", ExcelCellText.Format(TimeSpan.FromHours(26), "[h]:mm"));
    }
}
