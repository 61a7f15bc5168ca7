namespace Taizhou.Metrics.Targets;

/// <summary>The verdict on a plan target (规划目标完成情况) from the outcomes published.</summary>
public enum PlanVerdict
{
    /// <summary>Met (完成 / 提前完成): the outcome of the target period meets the target beyond its qualifier's uncertainty, or, before the target period, an outcome already does.</summary>
    Met = 0,

    /// <summary>Missed (未完成): the outcome of the target period falls short beyond its qualifier's uncertainty; <see cref="PlanEvaluation.Shortfall"/> says by how much.</summary>
    Missed = 1,

    /// <summary>
    /// Undetermined: the outcome of the target period is qualified (约, 近, 超) and its range straddles the target level, so
    /// it is within the uncertainty of the figure: 约5000 against 5000.
    /// </summary>
    Undetermined = 2,

    /// <summary>Not evaluable: the target period has passed but no outcome for it was published; <see cref="PlanEvaluation.MissingOutcome"/> names it.</summary>
    NotEvaluable = 3,

    /// <summary>In progress (规划期内): the evaluation is as of a period before the target period and no outcome meets the target yet.</summary>
    InProgress = 4,
}
