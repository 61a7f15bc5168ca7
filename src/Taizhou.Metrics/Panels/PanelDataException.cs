using System;

namespace Taizhou.Metrics.Panels;

/// <summary>
/// Thrown when the rows given for an <see cref="EnterprisePanel"/> break its rules (sorted by enterprise and period, no
/// duplicates, no falling year-to-date within an enterprise and year, valid periods, clusters and outputs). The message
/// names the row (0-based index in the rows given) and the enterprise; readers of files translate the row index into
/// their own line or row number.
/// </summary>
public sealed class PanelDataException : ArgumentException
{
    /// <summary>Initializes a new instance for a rule broken at a row.</summary>
    /// <param name="error">The rule broken.</param>
    /// <param name="rowIndex">The 0-based index of the offending row, or −1 when no single row is at fault.</param>
    /// <param name="enterpriseId">The enterprise of the offending row (0 when no single row is at fault).</param>
    /// <param name="message">The message, naming the row and the enterprise.</param>
    public PanelDataException(PanelDataError error, long rowIndex, int enterpriseId, string message)
        : base(message)
    {
        Error = error;
        RowIndex = rowIndex;
        EnterpriseId = enterpriseId;
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public PanelDataException()
        : base("The enterprise panel rows are invalid.")
    {
        RowIndex = -1;
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public PanelDataException(string message)
        : base(message)
    {
        RowIndex = -1;
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PanelDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        RowIndex = -1;
    }

    /// <summary>Gets the rule broken (0 when constructed with a message only).</summary>
    public PanelDataError Error { get; }

    /// <summary>Gets the 0-based index of the offending row in the rows given, or −1 when no single row is at fault.</summary>
    public long RowIndex { get; }

    /// <summary>Gets the enterprise id of the offending row (0 when no single row is at fault).</summary>
    public int EnterpriseId { get; }
}
