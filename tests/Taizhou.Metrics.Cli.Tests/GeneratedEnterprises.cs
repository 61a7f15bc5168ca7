using System;
using System.Globalization;
using System.Text;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// A deterministic generator of a realistic enterprise CSV for <c>taizhou-metrics tiers</c>: a few thousand firms over
/// 2015-2021 with a heavy-tailed size distribution (a Pareto tail: a fifth of the firms below 規上, some 20-30 above 100 億元), yearly growth
/// around 8 % (faster for young firms), births, exits, listings, Taizhou counties and GB/T 4754-2017 classes in and out
/// of the seven clusters, plus a handful of firms placed exactly on tier boundaries.
/// </summary>
/// <remarks>
/// Nothing is committed: the file is rebuilt in every test run from <see cref="Seed"/> with a SplitMix64 generator
/// (not <see cref="Random"/>, whose sequence is not guaranteed across runtimes), so the same seed always gives the same
/// bytes. Columns: id, name, industry_code, cluster, county, listed_on, founded, year, output_wan, revenue_wan,
/// employees (萬元 for the money columns).
/// </remarks>
internal static class GeneratedEnterprises
{
    public const ulong Seed = 20180814;

    public const int FirstYear = 2015;

    public const int LastYear = 2021;

    public const string Header = "id,name,industry_code,cluster,county,listed_on,founded,year,output_wan,revenue_wan,employees";

    private static readonly string[] Counties = ["椒江區", "黃巖區", "路橋區", "臨海市", "溫嶺市", "玉環市", "天台縣", "仙居縣", "三門縣"];

    // Cluster classes (auto, aviation, moulds, pharma, toilets, sewing, pumps) and others, some next to the clusters.
    private static readonly string[] Classes =
    [
        "3670", "3670", "3670", "3611", "3612", "3660", "3741", "5621", "3525", "3525", "3523", "2921", "2929", "2710", "2710",
        "2720", "2740", "3855", "3072", "3553", "3553", "3441", "3441", "3812", "3813", "1311", "1713", "1810", "2614", "2669",
        "3311", "3442", "3443", "3484", "3524", "3829", "3899", "4011", "1951", "3130",
    ];

    /// <summary>Generates the file text.</summary>
    /// <param name="firms">The number of ordinary firms (boundary firms are added).</param>
    /// <returns>The CSV text.</returns>
    public static string Generate(int firms = 3000)
    {
        var rng = new SplitMix64(Seed);
        var sb = new StringBuilder(firms * 7 * 90);
        sb.Append(Header).Append('\n');
        for (int i = 1; i <= firms; i++)
        {
            string id = "TZ" + i.ToString("D5", CultureInfo.InvariantCulture);
            string code = Classes[rng.Next(Classes.Length)];
            string county = Counties[rng.Next(Counties.Length)];

            // A few firms carry their cluster explicitly (a compressor maker counted with pumps, say).
            string cluster = rng.NextDouble() < 0.03 ? (code == "3442" ? "pumps" : code == "3524" ? "moulds" : "") : "";
            int foundedYear = 1985 + rng.Next(36);
            var founded = new DateOnly(foundedYear, 1 + rng.Next(12), 1 + rng.Next(28));
            int first = Math.Max(FirstYear, foundedYear);
            int last = rng.NextDouble() < 0.04 ? first + rng.Next(LastYear - first + 1) : LastYear;

            // Size in 億元 in the first year: Pareto tail with x_min 0.08 (800 萬元, below 規上) and α 0.7, capped at 1500.
            double size = Math.Min(1500.0, 0.08 * Math.Pow(1.0 - rng.NextDouble(), -1.0 / 0.7));
            double emp = Math.Max(3.0, Math.Round(size * (60 + (80 * rng.NextDouble()))));
            string listedOn = "";
            if (rng.NextDouble() < (size > 20 ? 0.4 : 0.012))
            {
                var d = new DateOnly(2000 + rng.Next(23), 1 + rng.Next(12), 1 + rng.Next(28));
                listedOn = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            for (int year = first; year <= last; year++)
            {
                if (year > first)
                {
                    bool isYoung = year - foundedYear < 6;
                    double g = 0.08 + (0.12 * rng.NextGaussian()) + (isYoung ? 0.15 : 0.0);
                    size *= Math.Max(0.3, 1.0 + g);
                    emp = Math.Max(1.0, Math.Round(emp * Math.Max(0.3, 1.0 + (0.7 * g) + (0.05 * rng.NextGaussian()))));
                }

                decimal outputWan = Math.Round((decimal)(size * 10_000.0), 1);
                decimal revenueWan = Math.Round(outputWan * (decimal)(0.85 + (0.2 * rng.NextDouble())), 1);
                Row(sb, id, $"台州{i:D5}有限公司", code, cluster, county, listedOn, founded, year, outputWan, revenueWan, emp);
            }
        }

        // Firms exactly on the boundaries, in 2021 unless said otherwise.
        var old = new DateOnly(2001, 5, 1);
        Row(sb, "TZB0001", "邊界航母", "3670", "", "椒江區", "", old, 2021, 1_000_000.0m, 950_000m, 3000);            // exactly 100 億元: aircraft-carrier
        Row(sb, "TZB0002", "邊界旗航", "3441", "", "溫嶺市", "", old, 2021, 500_000.0m, 480_000m, 2000);              // exactly 50 億元: flagship
        Row(sb, "TZB0003", "差一點航母", "2710", "", "臨海市", "", old, 2021, 999_999.9m, 900_000m, 2500);           // 99.99999 億元: flagship
        var young = new DateOnly(2016, 5, 1);
        Row(sb, "TZB0004", "恰好兩成", "3855", "", "玉環市", "", young, 2018, 500m, 500m, 125);                      // 125 → 216 = 125 · 1.728:
        Row(sb, "TZB0004", "恰好兩成", "3855", "", "玉環市", "", young, 2021, 900m, 900m, 216);                      //   exactly 20 %, not a gazelle
        Row(sb, "TZB0005", "瞪羚樣本", "3553", "", "路橋區", "", young, 2018, 500m, 500m, 125);                      // 125 → 217: a gazelle
        Row(sb, "TZB0005", "瞪羚樣本", "3553", "", "路橋區", "", young, 2021, 900m, 900m, 217);
        Row(sb, "TZB0006", "年末上市", "3525", "", "黃巖區", "2021-12-31", old, 2021, 30_000m, 30_000m, 300);       // listed on 31 Dec 2021: listed
        Row(sb, "TZB0007", "次年上市", "3525", "", "黃巖區", "2022-01-04", old, 2021, 30_000m, 30_000m, 300);       // listed in 2022: not yet
        Row(sb, "TZB0008", "恰好規上", "3442", "pumps", "三門縣", "", old, 2021, 2_100m, 2_000.0m, 40);            // revenue exactly 2000 萬元: 規上
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string id, string name, string code, string cluster, string county, string listedOn, DateOnly founded, int year, decimal outputWan, decimal revenueWan, double employees)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.Append(id).Append(',').Append(name).Append(',').Append(code).Append(',').Append(cluster).Append(',').Append(county).Append(',')
            .Append(listedOn).Append(',').Append(founded.ToString("yyyy-MM-dd", inv)).Append(',').Append(year.ToString(inv)).Append(',')
            .Append(outputWan.ToString(inv)).Append(',').Append(revenueWan.ToString(inv)).Append(',').Append(employees.ToString(inv)).Append('\n');
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): a tiny generator whose sequence is fixed by its seed.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong state = seed;

        public ulong NextUInt64()
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>A double in [0, 1) from the top 53 bits.</summary>
        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

        /// <summary>A standard normal draw (Box-Muller).</summary>
        public double NextGaussian()
        {
            double u1 = 1.0 - NextDouble();
            double u2 = NextDouble();
            return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
    }
}
