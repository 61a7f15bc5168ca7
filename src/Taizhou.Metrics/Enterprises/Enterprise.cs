using System;
using NodaTime;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// An enterprise (企业, 法人单位): its identity, GB/T 4754-2017 industry class, county or district (县市区), listing,
/// founding date, and its output, revenue and employees as series with units. Immutable.
/// </summary>
/// <remarks>
/// <para>
/// The series may be yearly or finer: tier rules and aggregates read the value of a calendar year, taken from a
/// yearly series directly, or from a monthly, quarterly or cumulative series through
/// <see cref="TimeSeries.Aggregate"/> (flows summed, stocks at December; a year with a missing month has no value).
/// A year with no value is missing, never zero: a rule that needs it is not evaluable for that year.
/// </para>
/// <para>
/// <see cref="AssignedCluster"/> is the cluster given with the firm's data, if any; a <see cref="ClusterMap"/> decides
/// the cluster it counts in (overrides by id first, then the assigned cluster, then the industry class).
/// </para>
/// </remarks>
public sealed class Enterprise
{
    private readonly TimeSeries annualOutput;
    private readonly TimeSeries? annualRevenue;
    private readonly TimeSeries? annualEmployees;

    /// <summary>Creates an enterprise.</summary>
    /// <param name="id">The identifier (统一社会信用代码 or a register number); not empty.</param>
    /// <param name="name">The name; not empty.</param>
    /// <param name="industryCode">The GB/T 4754-2017 class.</param>
    /// <param name="county">The county or district (县市区); not empty.</param>
    /// <param name="founded">The founding (registration) date.</param>
    /// <param name="output">Output value (产值), in a money unit; may be empty.</param>
    /// <param name="revenue">Main-business revenue (主营业务收入), in a money unit, or null when not reported.</param>
    /// <param name="employees">Employees (从业人员), in <see cref="MetricUnit.Count"/>, or null when not reported.</param>
    /// <param name="listing">The listing, or null when not listed.</param>
    /// <param name="assignedCluster">The cluster given with the data, or null to map it from the industry class.</param>
    /// <exception cref="ArgumentException">A text is empty, a series is in the wrong unit, or a series cannot be read by calendar year (a span of months crossing a year).</exception>
    public Enterprise(string id, string name, IndustryCode industryCode, string county, LocalDate founded, TimeSeries output, TimeSeries? revenue = null, TimeSeries? employees = null, Listing? listing = null, Cluster? assignedCluster = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(county);
        ArgumentNullException.ThrowIfNull(output);
        Id = id;
        Name = name;
        IndustryCode = industryCode;
        County = county;
        Founded = founded;
        Output = output;
        Revenue = revenue;
        Employees = employees;
        Listing = listing;
        AssignedCluster = assignedCluster;
        annualOutput = Annual(Money(output, nameof(output)), nameof(output))!;
        annualRevenue = Annual(revenue is null ? null : Money(revenue, nameof(revenue)), nameof(revenue));
        if (employees is not null && employees.Unit != MetricUnit.Count)
        {
            throw new ArgumentException($"Employees of {id} must be a count; the series is in {employees.Unit.EnglishName}.", nameof(employees));
        }

        annualEmployees = Annual(employees, nameof(employees));
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the GB/T 4754-2017 industry class.</summary>
    public IndustryCode IndustryCode { get; }

    /// <summary>Gets the county or district (县市区).</summary>
    public string County { get; }

    /// <summary>Gets the founding date.</summary>
    public LocalDate Founded { get; }

    /// <summary>Gets the output series (产值), in a money unit.</summary>
    public TimeSeries Output { get; }

    /// <summary>Gets the main-business revenue series (主营业务收入), or null when not reported.</summary>
    public TimeSeries? Revenue { get; }

    /// <summary>Gets the employees series (从业人员), or null when not reported.</summary>
    public TimeSeries? Employees { get; }

    /// <summary>Gets the listing, or null when the firm is not listed.</summary>
    public Listing? Listing { get; }

    /// <summary>Gets the cluster given with the data, or null.</summary>
    public Cluster? AssignedCluster { get; }

    /// <summary>
    /// The age in whole years at the end of <paramref name="year"/>: <paramref name="year"/> − the founding year (the
    /// completed years from the founding date to 31 December). Negative when founded after the year.
    /// </summary>
    /// <param name="year">The year.</param>
    /// <returns>The age in years.</returns>
    public int AgeAtEndOf(int year) => year - Founded.Year;

    /// <summary>
    /// The value of a measure for a calendar year, in the unit of its series, or null when the series is absent or
    /// has no value for the year (missing is never zero).
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="year">The year.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not defined, or the year is out of range.</exception>
    public decimal? ValueIn(EnterpriseMeasure measure, int year) => AnnualSeries(measure)?.ValueAt(ReportingPeriod.CalendarYear(year));

    /// <summary>
    /// The value of a money measure (output or revenue) for a calendar year as an <see cref="Amount"/> in its series'
    /// unit, or null when missing.
    /// </summary>
    /// <param name="measure"><see cref="EnterpriseMeasure.Output"/> or <see cref="EnterpriseMeasure.Revenue"/>.</param>
    /// <param name="year">The year.</param>
    /// <returns>The amount, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not a money measure.</exception>
    public Amount? AmountIn(EnterpriseMeasure measure, int year)
    {
        if (measure is not (EnterpriseMeasure.Output or EnterpriseMeasure.Revenue))
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, "Only output and revenue are money amounts.");
        }

        var series = AnnualSeries(measure);
        return series?.ValueAt(ReportingPeriod.CalendarYear(year)) is decimal v ? Amount.Of(v, series.Unit) : null;
    }

    /// <summary>Returns the identifier and the name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Name}";

    internal TimeSeries? AnnualSeries(EnterpriseMeasure measure) => measure switch
    {
        EnterpriseMeasure.Output => annualOutput,
        EnterpriseMeasure.Revenue => annualRevenue,
        EnterpriseMeasure.Employees => annualEmployees,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown measure."),
    };

    private TimeSeries Money(TimeSeries series, string paramName) => series.Unit.Dimension == UnitDimension.Money
        ? series
        : throw new ArgumentException($"The {paramName} of {Id} must be in a money unit (元, 万元, 亿元); the series is in {series.Unit.EnglishName}.", paramName);

    private TimeSeries? Annual(TimeSeries? series, string paramName)
    {
        if (series is null || series.Count == 0 || series.Observations[0].Period.Kind == PeriodKind.Year)
        {
            return series;
        }

        try
        {
            return series.Aggregate(PeriodKind.Year);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new ArgumentException($"The {paramName} of {Id} cannot be read by calendar year: {ex.Message}", paramName, ex);
        }
    }
}
