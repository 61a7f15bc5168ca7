using System;
using System.IO;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>--lang zh-Hant</c> prints today's Traditional output byte for byte. The expected texts below are the output of
/// <c>--lang zh</c> of the tool before Simplified became the default (commit 8873ee3), captured from a run of that build.
/// </summary>
public sealed class TraditionalOutputTest
{
    private const string Breakdown = "part,current,growth,share,contribution_pp,precision\n全市,1042.27,8.0,100,8.0,2\n工业,529.0,10.1,50.8,5.1,1\n服务业,513.27,6.9,49.2,3.4,2\n";

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    public void Report_ZhHant_IsTheTraditionalOutputOfBefore(string format)
    {
        var (code, output, error) = CliRunner.Run("report", "--lang", "zh-Hant", "--format", format);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal((format == "table" ? ReportTable : ReportMarkdown) + "\n", output);
    }

    [Fact]
    public void Contrib_ZhHantWithCheck_IsTheTraditionalOutputOfBefore()
    {
        using var csv = new TempCsv(Breakdown);

        var (code, output, _) = CliRunner.Run("contrib", "-i", csv.Path, "--total", "全市", "--check", "--lang", "zh-Hant");

        Assert.Equal(1, code);
        Assert.Equal(ContribCheck + "\n", output);
    }

    [Fact]
    public void Project_ZhHantWithShare_IsTheTraditionalOutputOfBefore()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"tzm-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            string part = Path.Combine(dir, "annual.csv"), total = Path.Combine(dir, "total.csv");
            File.WriteAllText(part, "period,value\n2014年,1000\n2015年,1100\n2016年,1210\n2017年,1331.0\n");
            File.WriteAllText(total, "period,value\n2014年,2000\n2015年,2150\n2016年,2300\n2017年,2480\n");

            var (code, output, _) = CliRunner.Run("project", "-i", part, "--target", "2021:2000", "--share-of", total, "--share", "70", "--lang", "zh-Hant");

            Assert.Equal(0, code);
            Assert.Equal(ProjectShare + "\n", output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private const string ReportTable = """
        台州市 2018年1-6月 規上工業與七大千億產業 (由 Taizhou.Metrics 根據內置樣本計算)

        主要指標 (公佈值)
          指標                            數值  說明
          ------------------------  ----------  ---------------------------
          規上工業增加值            529.0 億元  增長 +11.0%, 增幅居全省第一
          高新技術產業增加值                    增長 +16.9%, 增幅居全省第一
          信息經濟核心製造業增加值              增長 +27.3%, 增幅居全省第一

        七大千億產業 (通用航空暫無統計數據)
          指標                                   數值  說明
          -----------------------------  ------------  ---------------------------------------------------------------------
          產值, 2018年1-6月              1042.27 億元  同比增長 +26.7% (公佈)
          推算產值, 2017年1-6月           822.63 億元  = 1042.27 / (1 + 26.7%); 按公佈數字的四捨五入在 822.30 至 822.96 之間
          增量                            219.64 億元  = 1042.27 − 822.63; 按公佈數字的四捨五入在 219.32 至 219.97 之間
          拉動全市規上產值增速                 9.1 pp  公佈
          推算全市規上產值, 2017年1-6月   2413.6 億元  = 219.64 / 9.1%; 按公佈數字的四捨五入在 2396.9 至 2430.6 之間

        2021年目標
          指標                                             數值  說明
          ---------------------------------------  ------------  -------------------------------------------
          目標產值 (2021年)                           5000 億元  超5000億元
          2018年全年推算                           2084.54 億元  = 2018年1-6月 × 12 / 6 (按進度, 無季節調整)
          所需年均增速 2018-2021                         +33.9%  = (5000 / 2084.54)^(1/3) − 1
          按當前增速 2021年產值                    4239.75 億元  = 2084.54 × (1 + 26.7%)^3
          與目標差距                               -760.25 億元  未能達成
          70%佔比目標隱含的規上總產值               7142.9 億元  = 5000 / 0.70
          其餘規上產值 (七大產業以外), 2017年推算   3182.0 億元  = (2413.6 − 822.6) × 12 / 6
          70%目標下其餘產值上限 (2021年)            2142.9 億元  = 5000 × 0.3 / 0.7
          其餘產值年均增速上限 2017-2021                  -9.4%  負值: 其餘產業須收縮

        "2211" 企業培育目標
          層級      目標家數  標準
          --------  --------  ----------------------------------------
          航母企業        20  annual output over 100 億元 (產值上百億)
          旗航企業        20  annual output of 50-100 億元
          上市企業       100  listed (上市企業)
          瞪羚企業       100  fast-growing (瞪羚企業)

        假設:
          - Full year 2018 = 2018-01..06 × 12 / 6: the remaining months run at the average pace of the first 6, with no seasonal adjustment.
          - The clusters' year-on-year growth of 2018-01..06 (+26.7%) holds in every year from 2018 to 2021.
          - 僅能按不變增速推算: 樣本只有一個半年數據; 對數線性趨勢需至少3個年度值, Holt平滑需至少4個。
          - 區間來自公佈數字的四捨五入 (1042.27 ± 0.005, 26.7% ± 0.05, 9.1 個百分點 ± 0.05)。
        """;

    private const string ReportMarkdown = """
        # 台州市 2018年1-6月 規上工業與七大千億產業 (由 Taizhou.Metrics 根據內置樣本計算)

        ## 主要指標 (公佈值)

        | 指標 | 數值 | 說明 |
        | --- | ---: | --- |
        | 規上工業增加值 | 529.0 億元 | 增長 +11.0%, 增幅居全省第一 |
        | 高新技術產業增加值 |  | 增長 +16.9%, 增幅居全省第一 |
        | 信息經濟核心製造業增加值 |  | 增長 +27.3%, 增幅居全省第一 |

        ## 七大千億產業 (通用航空暫無統計數據)

        | 指標 | 數值 | 說明 |
        | --- | ---: | --- |
        | 產值, 2018年1-6月 | 1042.27 億元 | 同比增長 +26.7% (公佈) |
        | 推算產值, 2017年1-6月 | 822.63 億元 | = 1042.27 / (1 + 26.7%); 按公佈數字的四捨五入在 822.30 至 822.96 之間 |
        | 增量 | 219.64 億元 | = 1042.27 − 822.63; 按公佈數字的四捨五入在 219.32 至 219.97 之間 |
        | 拉動全市規上產值增速 | 9.1 pp | 公佈 |
        | 推算全市規上產值, 2017年1-6月 | 2413.6 億元 | = 219.64 / 9.1%; 按公佈數字的四捨五入在 2396.9 至 2430.6 之間 |

        ## 2021年目標

        | 指標 | 數值 | 說明 |
        | --- | ---: | --- |
        | 目標產值 (2021年) | 5000 億元 | 超5000億元 |
        | 2018年全年推算 | 2084.54 億元 | = 2018年1-6月 × 12 / 6 (按進度, 無季節調整) |
        | 所需年均增速 2018-2021 | +33.9% | = (5000 / 2084.54)^(1/3) − 1 |
        | 按當前增速 2021年產值 | 4239.75 億元 | = 2084.54 × (1 + 26.7%)^3 |
        | 與目標差距 | -760.25 億元 | 未能達成 |
        | 70%佔比目標隱含的規上總產值 | 7142.9 億元 | = 5000 / 0.70 |
        | 其餘規上產值 (七大產業以外), 2017年推算 | 3182.0 億元 | = (2413.6 − 822.6) × 12 / 6 |
        | 70%目標下其餘產值上限 (2021年) | 2142.9 億元 | = 5000 × 0.3 / 0.7 |
        | 其餘產值年均增速上限 2017-2021 | -9.4% | 負值: 其餘產業須收縮 |

        ## "2211" 企業培育目標

        | 層級 | 目標家數 | 標準 |
        | --- | ---: | --- |
        | 航母企業 | 20 | annual output over 100 億元 (產值上百億) |
        | 旗航企業 | 20 | annual output of 50-100 億元 |
        | 上市企業 | 100 | listed (上市企業) |
        | 瞪羚企業 | 100 | fast-growing (瞪羚企業) |

        假設:
        - Full year 2018 = 2018-01..06 × 12 / 6: the remaining months run at the average pace of the first 6, with no seasonal adjustment.
        - The clusters' year-on-year growth of 2018-01..06 (+26.7%) holds in every year from 2018 to 2021.
        - 僅能按不變增速推算: 樣本只有一個半年數據; 對數線性趨勢需至少3個年度值, Holt平滑需至少4個。
        - 區間來自公佈數字的四捨五入 (1042.27 ± 0.005, 26.7% ± 0.05, 9.1 個百分點 ± 0.05)。
        """;

    private const string ContribCheck = """
        結構與貢獻
          部分       上期     本期   增長 %  佔比 %  佔比變化 (百分點)  拉動 (百分點)  貢獻率 %
          ------  -------  -------  -------  ------  -----------------  -------------  --------
          工业    480.47*   529.00    10.10   50.75               0.97           5.03     62.86
          服务业  480.14*   513.27     6.90   49.25              -0.51           3.43     42.91
          其他      4.45*     0.00  -100.00    0.00              -0.46          -0.46     -5.77
          全市    965.06*  1042.27     8.00  100.00               0.00           8.00    100.00

          * 上期 = 本期 / (1 + 增長) (同口徑基數)
          其他: 各部分的同口徑基數之和與總量基數不等; 其變化 (-4.45) 含非可加性殘差 (如現價水平與可比價增速並用)
          Σ 拉動 = 8.00 pp; 總量增長 = 8.00 %

        一致性檢查 (在四捨五入範圍內)
          行       指標                  恆等式                                           公佈     推算            推算區間    偏差
          -------  --------------------  -----------------------------------------------  ----  -------  ------------------  ------
          工业     share                 share = part / total × 100                       50.8   50.755    [50.750, 50.760]    一致
          工业     contribution_pp       拉動 = (part[t] − part[t−1]) / total[t−1] × 100   5.1    5.028      [5.005, 5.052]    一致
          服务业   share                 share = part / total × 100                       49.2   49.245    [49.245, 49.246]  0.0397
          服务业   contribution_pp       拉動 = (part[t] − part[t−1]) / total[t−1] × 100   3.4    3.433      [3.430, 3.435]  0.0254
          (parts)  sum_of_shares         Σ shares = 100                                    100  100.000  [100.000, 100.000]    一致
          (parts)  sum_of_contributions  Σ 拉動 = total growth                             8.5    8.000      [7.995, 8.005]    0.44

        3 個恆等式超出四捨五入範圍。
        """;

    private const string ProjectShare = """
        annual: 推算至 2021年 (ConstantGrowth)

        推算路徑
          期間         推算 (億元)   下限   上限
          -----------  -----------  -----  -----
          2017 (實際)      1331.00
          2018             1464.10      —      —
          2019             1610.51      —      —
          2020             1771.56      —      —
          2021             1948.72      —      —

        目標差距
          指標                                   數值
          ------------  -----------------------------
          目標                       2000 億元 (2021)
          推算值                         1948.72 億元
          差距          -51.28 億元 (-2.6% of target)
          是否達成                                 否
          首次達到目標                 推算期內未達到
          達成概率                                  —

        模型
          參數                       數值
          --------------------  ---------
          growth (估計)               0.1
          periods                       1
          logGrowthMean (估計)  0.0953102
          n                             2
          R²                            —
          殘差標準誤                    —

        佔比目標 (部分與總量一併推算)
          指標                        數值
          ------------------  ------------
          總量推算值          3352.33 億元
          推算佔比                  58.1 %
          目標佔比                  70.0 %
          佔比目標所需水平    2346.63 億元
          約束目標                    佔比
          所需年均增速              +15.2%
          總量其餘部分的增速         -3.3%
          增速差                  +18.5 pp

        """;
}
