using System;
using Taizhou.Metrics.Charts;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.Charts;

/// <summary><see cref="ChartOptions"/>: sizes are validated when set.</summary>
public class ChartOptionsTest
{
    [Fact]
    public void Default_Is1000By600InEnglish()
    {
        var o = ChartOptions.Default;

        Assert.Equal((1000, 600, ChartLanguage.English, null, null), (o.Width, o.Height, o.Language, o.Title, o.FontFile));
    }

    [Theory]
    [InlineData(99)]
    [InlineData(10_001)]
    public void Width_OutsideTheRange_Throws(int width)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ChartOptions { Width = width });

        Assert.Equal("Width", ex.ParamName);
    }
}
