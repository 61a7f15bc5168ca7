using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Taizhou.Metrics.Periods;
using Xunit;

namespace Taizhou.Metrics.Tests;

/// <summary>
/// Reflection checks over the whole core assembly (after NodaTime's ConsistencyTest): the house rules for value types,
/// classes, exceptions and dependencies hold for every public type, including ones added later.
/// </summary>
public class ConsistencyTest
{
    private static readonly Assembly Core = typeof(ReportingPeriod).Assembly;

    private static IEnumerable<Type> PublicTypes => Core.GetExportedTypes();

    [Fact]
    public void CoreAssembly_HasPublicTypes()
    {
        // Guards the other tests against passing vacuously.
        Assert.Contains(PublicTypes, t => t.IsValueType && !t.IsEnum);
        Assert.Contains(PublicTypes, t => t.IsClass && typeof(Exception).IsAssignableFrom(t));
    }

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        var offenders = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(offenders.Count == 0, "Public structs not declared readonly: " + string.Join(", ", offenders));
    }

    [Fact]
    public void PublicTypes_AreSealedStaticStructOrEnum()
    {
        // No public inheritable classes, no abstract classes, no interfaces: classes are sealed (static classes are
        // abstract and sealed in metadata).
        var offenders = PublicTypes
            .Where(t => !(t.IsEnum || t.IsValueType || (t.IsClass && t.IsSealed)))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(offenders.Count == 0, "Public types that are not sealed, static, struct or enum: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Exceptions_AreSealedWithStandardConstructors()
    {
        var exceptions = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(exceptions);
        foreach (var t in exceptions)
        {
            Assert.True(t.IsSealed, $"{t} is not sealed");
            Assert.True(t.Name.EndsWith("Exception", StringComparison.Ordinal), $"{t} is not named ...Exception");
            Assert.True(t.GetConstructor(Type.EmptyTypes) is not null, $"{t} lacks a public parameterless constructor");
            Assert.True(t.GetConstructor([typeof(string)]) is not null, $"{t} lacks a public (string message) constructor");
            Assert.True(t.GetConstructor([typeof(string), typeof(Exception)]) is not null, $"{t} lacks a public (string message, Exception innerException) constructor");

            // The standard constructors keep the message and the cause.
            var inner = new InvalidOperationException("cause");
            var ex = (Exception)Activator.CreateInstance(t, "the message", inner)!;
            Assert.Equal("the message", ex.Message);
            Assert.Same(inner, ex.InnerException);
            Assert.False(string.IsNullOrEmpty(((Exception)Activator.CreateInstance(t)!).Message));
        }
    }

    [Fact]
    public void CoreAssembly_ReferencesOnlyRuntimeNodaTimeAndMathNet()
    {
        // The core is pure: no console, no logging, no other packages (CONVENTIONS point 9).
        var names = Core.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();
        Assert.DoesNotContain("System.Console", names);
        Assert.DoesNotContain(names, n => n.StartsWith("System.IO", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("System.Net", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("Microsoft.Extensions", StringComparison.Ordinal));
        var unexpected = names
            .Where(n => !(n is "NodaTime" or "MathNet.Numerics" or "netstandard" or "mscorlib" || n.StartsWith("System.", StringComparison.Ordinal)))
            .ToList();
        Assert.True(unexpected.Count == 0, "Unexpected dependencies: " + string.Join(", ", unexpected));
    }

    [Fact]
    public void PublicApi_UsesNoIoOrConsoleTypes()
    {
        // Signatures of every public and protected member: no Stream, TextWriter, File, Console and the like.
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var offenders = new List<string>();
        foreach (var type in PublicTypes)
        {
            foreach (var used in BaseTypes(type))
            {
                Check(type.FullName!, used);
            }

            foreach (var member in type.GetMembers(All))
            {
                switch (member)
                {
                    case MethodBase m when m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly:
                        if (m is MethodInfo mi)
                        {
                            Check($"{type}.{m.Name}", mi.ReturnType);
                        }

                        foreach (var p in m.GetParameters())
                        {
                            Check($"{type}.{m.Name}({p.Name})", p.ParameterType);
                        }

                        break;
                    case FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly:
                        Check($"{type}.{f.Name}", f.FieldType);
                        break;
                    case PropertyInfo pr when pr.GetMethod is { } g && (g.IsPublic || g.IsFamily || g.IsFamilyOrAssembly):
                        Check($"{type}.{pr.Name}", pr.PropertyType);
                        break;
                }
            }
        }

        Assert.True(offenders.Count == 0, "Public members using I/O or console types: " + string.Join("; ", offenders));

        void Check(string where, Type used)
        {
            foreach (var t in Flatten(used))
            {
                string ns = t.Namespace ?? string.Empty;
                if (ns == "System.IO" || ns.StartsWith("System.IO.", StringComparison.Ordinal) || t == typeof(Console) || ns.StartsWith("System.Net", StringComparison.Ordinal))
                {
                    offenders.Add($"{where}: {t}");
                }
            }
        }
    }

    private static IEnumerable<Type> BaseTypes(Type type)
    {
        for (var b = type.BaseType; b is not null; b = b.BaseType)
        {
            yield return b;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }
    }

    /// <summary>A type and every type it is built from: element types and generic arguments.</summary>
    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var arg in type.GetGenericArguments())
            {
                foreach (var t in Flatten(arg))
                {
                    yield return t;
                }
            }
        }
    }
}
