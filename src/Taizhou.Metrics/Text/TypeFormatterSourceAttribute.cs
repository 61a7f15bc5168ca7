using System;

namespace Taizhou.Metrics.Text;

/// <summary>
/// Names the formatter source a notebook uses to display a type. .NET Interactive (Polyglot Notebooks, dotnet-repl)
/// recognises an attribute of this name in any assembly by convention, reading its <see cref="FormatterSourceType"/>
/// and <see cref="PreferredMimeTypes"/> by reflection, so the core displays as HTML tables in a notebook without a
/// package reference to .NET Interactive. Nothing else reads it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="formatterSourceType">The formatter source: a class with a public parameterless constructor and a public <c>CreateTypeFormatters()</c>.</param>
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    /// <summary>Gets the formatter source's type.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>Gets or sets the MIME types a notebook should prefer for the type, most preferred first.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
