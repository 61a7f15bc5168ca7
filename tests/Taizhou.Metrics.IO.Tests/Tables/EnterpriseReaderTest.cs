using System.IO;
using System.Linq;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Tables;

/// <summary><see cref="EnterpriseReader"/>: Chinese headers, a semicolon-separated stream and quoted thousands.</summary>
public class EnterpriseReaderTest
{
    [Fact]
    public void Read_ChineseHeadersSemicolonsAndQuotedThousands_ReadTheFirm()
    {
        string text = "id;企业名称;industry_code;地区;listed_on;founded;年份;output_wan;revenue_wan;employees\n"
            + "f1;甲公司;3670;椒江;;2010-01-01;2021;\"1,200,000\";\"1,100,000.5\";900\n"
            + "f1;甲公司;3670;椒江;;2010-01-01;2020;1000000;950000;850\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var table = EnterpriseReader.Read(stream, "-", ClusterMap.TaizhouDefault);

        var firm = Assert.Single(table.Enterprises);
        Assert.Equal("甲公司", firm.Name);
        Assert.Equal("椒江", firm.County);
        Assert.Equal([2020, 2021], table.Years);
        Assert.Equal(MetricUnit.WanYuan, firm.Output.Unit);
        Assert.Equal([1000000m, 1200000m], firm.Output.Observations.Select(o => o.Value!.Value));
        Assert.Equal(1100000.5m, firm.Revenue!.Observations.Single(o => o.Period.Year == 2021).Value!.Value);
    }
}
