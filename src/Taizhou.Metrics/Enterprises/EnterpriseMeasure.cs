namespace Taizhou.Metrics.Enterprises;

/// <summary>A yearly quantity of an <see cref="Enterprise"/> that tier rules and aggregates are measured on.</summary>
public enum EnterpriseMeasure
{
    /// <summary>Gross industrial output value (工業總產值, 產值), a money amount.</summary>
    Output = 0,

    /// <summary>Main-business revenue (主營業務收入, 營業收入), a money amount: the measure of 規上 and of the NBS size classes.</summary>
    Revenue = 1,

    /// <summary>Employees (從業人員), a count (average or year-end, as the source reports it).</summary>
    Employees = 2,
}
