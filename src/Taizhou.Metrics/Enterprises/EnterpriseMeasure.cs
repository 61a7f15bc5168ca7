namespace Taizhou.Metrics.Enterprises;

/// <summary>A yearly quantity of an <see cref="Enterprise"/> that tier rules and aggregates are measured on.</summary>
public enum EnterpriseMeasure
{
    /// <summary>Gross industrial output value (工业总产值, 产值), a money amount.</summary>
    Output = 0,

    /// <summary>Main-business revenue (主营业务收入, 营业收入), a money amount: the measure of 规上 and of the NBS size classes.</summary>
    Revenue = 1,

    /// <summary>Employees (从业人员), a count (average or year-end, as the source reports it).</summary>
    Employees = 2,
}
