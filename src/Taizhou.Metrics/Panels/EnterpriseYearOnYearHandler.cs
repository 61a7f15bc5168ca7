using System;

namespace Taizhou.Metrics.Panels;

/// <summary>
/// Receives the year-on-year growth (同比) of a run of rows of a streamed panel (<see cref="PanelAccumulator"/>): whole
/// enterprises, in row order. The spans are valid only during the call.
/// </summary>
/// <param name="firstRow">The 0-based index, in the whole stream, of the first row of the run.</param>
/// <param name="enterpriseIds">The enterprise id of each row of the run.</param>
/// <param name="periods">The period (<c>yyyymm</c>) of each row of the run.</param>
/// <param name="growth">Each row's growth as a fraction; 0 where <paramref name="defined"/> is false.</param>
/// <param name="defined">
/// Whether each row's growth is defined: false when the enterprise has no row for the same month a year earlier or
/// that row's output is zero (as in <see cref="PanelMetrics.EnterpriseYearOnYear"/>).
/// </param>
public delegate void EnterpriseYearOnYearHandler(long firstRow, ReadOnlySpan<int> enterpriseIds, ReadOnlySpan<int> periods, ReadOnlySpan<double> growth, ReadOnlySpan<bool> defined);
