namespace Taizhou.Metrics.IO;

/// <summary>A data row of a table and where it is: the line of a text file, or the row of a sheet.</summary>
/// <param name="Number">The 1-based line of the file (the line the row starts on) or row of the sheet.</param>
/// <param name="Fields">The fields, untrimmed, as many as the header has.</param>
/// <param name="Quoted">Whether each field was quoted in the text (never for a sheet's cells).</param>
internal sealed record TableRow(int Number, string[] Fields, bool[] Quoted);
