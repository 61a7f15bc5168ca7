using System.Collections.Generic;

namespace Taizhou.Metrics.Cli.Input;

/// <summary>A data row of a CSV file and the line it starts on.</summary>
/// <param name="Line">The line number in the file (the header is line 1).</param>
/// <param name="Fields">The fields, untrimmed.</param>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields);
