namespace Taizhou.Metrics.Cli.Output;

/// <summary>A file the tool wrote, as a manifest lists it.</summary>
/// <param name="Path">The file, as the tool named it.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="Sha256">Its SHA-256, lowercase hexadecimal.</param>
internal sealed record WrittenFile(string Path, long Length, string Sha256);
