using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Samples;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes the report as JSON, schema <c>taizhou-metrics/report/v1</c> (documented in docs/json.md). Keys and their
/// order are stable; rates and contributions are fractions (0.267 = 26.7 %, 0.091 = 9.1 points); amounts are numbers
/// in the unit named by <c>unit</c>, rounded to 8 decimals; an undefined rate is null with a sibling <c>*_undefined</c> reason.
/// </summary>
internal static class ReportJson
{
    /// <summary>The schema identifier written in every report.</summary>
    public const string Schema = "taizhou-metrics/report/v1";

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    public static void Write(TaizhouReport report, TextWriter output)
    {
        JsonOutput.Write(output, w =>
        {
            var s = report.Sample;
            var unit = report.ClusterOutput.Unit;
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("city", s.City);
            JsonOutput.Period(w, "period", report.Period);
            w.WriteString("period_zh", report.Period.ToString(PeriodNotation.Chinese));
            JsonOutput.Period(w, "base_period", report.BasePeriod);
            w.WriteString("unit", unit.Code);

            w.WriteStartArray("headlines");
            foreach (var h in report.Headlines)
            {
                w.WriteStartObject();
                w.WriteString("code", h.Code);
                w.WriteString("name_en", h.EnglishName);
                w.WriteString("name_zh", h.ChineseName);
                JsonOutput.Period(w, "period", h.Period);
                if (h.Level is Amount level)
                {
                    Amount(w, "level", level.In(unit));
                }
                else
                {
                    w.WriteNull("level");
                }

                JsonOutput.Rate(w, "growth", h.Growth);
                if (h.ProvincialRank is int rank)
                {
                    w.WriteNumber("provincial_rank", rank);
                }
                else
                {
                    w.WriteNull("provincial_rank");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartObject("clusters");
            w.WriteStartArray("members");
            foreach (var c in s.Clusters)
            {
                w.WriteStartObject();
                w.WriteString("code", c.Code);
                w.WriteString("name_en", c.EnglishName);
                w.WriteString("name_zh", c.ChineseName);
                w.WriteBoolean("has_statistics", !s.ClustersWithoutStatistics.Contains(c));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Amount(w, "output", report.ClusterOutput);
            JsonOutput.Rate(w, "growth", report.ClusterGrowth);
            JsonOutput.Number(w, "contribution_pp", report.ClusterContribution);
            Amount(w, "implied_base", report.ImpliedClusterBase);
            JsonOutput.Bounds(w, "implied_base_bounds", report.ImpliedClusterBaseBounds, 8);
            Amount(w, "increase", report.ClusterIncrease);
            JsonOutput.Bounds(w, "increase_bounds", report.ClusterIncreaseBounds, 8);
            Amount(w, "implied_city_base", report.ImpliedCityBase);
            JsonOutput.Bounds(w, "implied_city_base_bounds", report.ImpliedCityBaseBounds, 8);
            w.WriteEndObject();

            w.WriteStartObject("target");
            w.WriteNumber("year", report.TargetYear);
            Amount(w, "output", report.Target.In(unit));
            JsonOutput.Number(w, "share", s.ClusterShareTarget);
            Amount(w, "implied_total_for_share", report.ShareTargetImpliedTotal.In(unit));
            w.WriteStartObject("full_year_estimate");
            w.WriteNumber("year", report.FullYearEstimate.From.Year);
            JsonOutput.Period(w, "from", report.FullYearEstimate.From);
            JsonOutput.Amount(w, "value", report.FullYearEstimate.Value);
            w.WriteString("method", report.FullYearEstimate.Method switch
            {
                Metrics.Targets.FullYearMethod.RunRate => "run_rate",
                Metrics.Targets.FullYearMethod.LastYearPace => "last_year_pace",
                _ => throw new InvalidOperationException("Unknown method."),
            });
            w.WriteString("assumption", report.FullYearEstimate.Assumption);
            w.WriteEndObject();
            w.WriteNumber("years", report.YearsToTarget);
            JsonOutput.Rate(w, "required_growth", report.RequiredGrowth);
            Amount(w, "projected_at_current_growth", report.ProjectedAtCurrentGrowth);
            Amount(w, "gap", report.ProjectedGap);
            w.WriteBoolean("on_track", report.OnTrack);
            w.WriteString("projection_assumption", report.GrowthAssumption);
            w.WriteString("projection_methods_note", report.ProjectionMethodsNote);
            w.WriteStartObject("rest_of_economy");
            Amount(w, "base", report.RestOfEconomyBase);
            JsonOutput.Period(w, "base_period", report.BasePeriod);
            JsonOutput.Amount(w, "full_year_estimate", report.RestOfEconomyFullYearEstimate.Value);
            JsonOutput.Amount(w, "max_at_target", report.RestCeiling.MaximumRest);
            JsonOutput.Rate(w, "max_growth", report.RestCeiling.MaximumRestGrowth);
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartArray("tier_targets");
            foreach (var t in s.TierTargets)
            {
                w.WriteStartObject();
                w.WriteString("tier", TierCodes.Of(t.Tier));
                w.WriteNumber("count", t.Count);
                w.WriteNumber("year", t.Year);
                w.WriteString("criterion", t.Criterion);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteVerdict(w, report);
            w.WriteEndObject();
        });
    }

    /// <summary>The <c>plan_verdict</c> member: the 2018 targets against the outcomes published since (docs/json.md).</summary>
    private static void WriteVerdict(Utf8JsonWriter w, TaizhouReport report)
    {
        var s = report.Sample;
        w.WriteStartObject("plan_verdict");
        w.WriteString("sources", s.OutcomeSources);
        var listed = report.ListedCompaniesVerdict;
        PlanJson.WriteEvaluation(w, "listed companies", "家", "count", listed.Target.TargetValue, listed, "listed_companies");

        var clusters = report.ClusterOutputVerdict;
        var total = clusters.Total;
        w.WriteStartObject("cluster_output");
        w.WriteNumber("year", clusters.Target.Period.Year);
        JsonOutput.Amount(w, "target", clusters.Target.Level);
        w.WriteBoolean("strict", clusters.Target.Strict);
        w.WriteStartArray("reported");
        foreach (var c in total.Reported)
        {
            w.WriteStartObject();
            w.WriteString("cluster", c.Name);
            w.WriteNumber("period", c.Period!.Value.Year);
            w.WriteNumber("value", c.Value!.Value.Value);
            w.WriteString("qualifier", PlanJson.Qualifier(c.Value!.Value.Qualifier));
            w.WriteString("printed", c.Value!.Value.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("missing");
        foreach (string m in clusters.Missing)
        {
            w.WriteStringValue(m);
        }

        w.WriteEndArray();
        w.WriteStartArray("periods");
        foreach (var p in clusters.Periods)
        {
            w.WriteNumberValue(p.Year);
        }

        w.WriteEndArray();
        JsonOutput.Amount(w, "printed_sum", total.PrintedSum);
        JsonOutput.Number(w, "lower_bound", total.Range.Lower);
        w.WriteBoolean("lower_bound_open", total.Range.LowerOpen);
        JsonOutput.Number(w, "upper_bound", total.Range.IsBoundedAbove ? total.Range.Upper : null);
        JsonOutput.Number(w, "lower_bound_attainment", clusters.LowerBoundAttainment);
        w.WriteString("verdict", PlanJson.Verdict(clusters.Verdict));
        w.WriteEndObject();

        w.WriteStartArray("tier_targets");
        var others = s.TierTargets.Where(t => t.Tier != EnterpriseTier.Listed).ToList();
        for (int i = 0; i < others.Count; i++)
        {
            var e = report.TierVerdicts[i];
            w.WriteStartObject();
            w.WriteString("tier", TierCodes.Of(others[i].Tier));
            w.WriteNumber("count", others[i].Count);
            w.WriteNumber("year", others[i].Year);
            w.WriteString("verdict", PlanJson.Verdict(e.Verdict));
            w.WriteString("missing_outcome", e.MissingOutcome);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        var headline = s.Headlines.First(h => h.Code == "above_scale_value_added");
        w.WriteStartObject("value_added");
        w.WriteNumber("year", report.TargetYear);
        JsonOutput.Amount(w, "level", s.AboveScaleValueAdded2021.In(report.ClusterOutput.Unit).Value);
        JsonOutput.Rate(w, "growth", s.AboveScaleValueAdded2021Growth);
        JsonOutput.Period(w, "pace_2018_period", headline.Period);
        JsonOutput.Rate(w, "pace_2018", headline.Growth);
        JsonOutput.Number(w, "growth_above_2018_pace", report.ValueAddedGrowthAbove2018Pace);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Amount(Utf8JsonWriter w, string name, Amount amount) => JsonOutput.Amount(w, name, amount.Value);
}
