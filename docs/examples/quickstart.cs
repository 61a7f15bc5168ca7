#:project ../../src/Taizhou.Metrics/Taizhou.Metrics.csproj
using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;

// Cumulative year-to-date output (累计, "1-N月") in 亿元; 1-2月 is the first release of a year.
var ytd = TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan,
[
    Observation.Of(ReportingPeriod.Parse("2017年1-2月"), 250.10m),
    Observation.Of(ReportingPeriod.Parse("2017年1-6月"), 822.63m),
    Observation.Of(ReportingPeriod.Parse("2018年1-2月"), 310.40m),
    Observation.Of(ReportingPeriod.Parse("2018年1-6月"), 1042.27m),
]);

// Year-on-year growth (同比) of 1-6月 against 2017年1-6月: a fraction, printed as a percent.
var h1 = ReportingPeriod.YearToDate(2018, 6);
GrowthRate yoy = Growth.YearOnYear(ytd, h1);
// The library's types print the same in every culture; .NET's own numbers in $"..." follow the current culture, so
// FormattableString.Invariant keeps "0.2670" from becoming "0,2670" under de-DE.
Console.WriteLine(FormattableString.Invariant($"{h1.ToString(PeriodNotation.Chinese)} 同比 {yoy} (fraction {yoy.GetFraction():F4})"));

// De-cumulate: 1-2月 stays one value; March-June is one span, because 1-3月..1-5月 were not given.
foreach (var o in ytd.ToFlow().Observations)
{
    Console.WriteLine(FormattableString.Invariant($"{o.Period.ToString(PeriodNotation.Chinese),-16} {o.Value} 亿元"));
}

// Exact unit conversion, and a growth rate that is not a number says why.
Console.WriteLine(Amount.FromYiYuan(1042.27m).In(MetricUnit.WanYuan));   // 10422700.00 万元
Console.WriteLine(Growth.Rate(10m, 0m));                                  // undefined (zero base)
