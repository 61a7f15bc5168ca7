using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Taizhou.Metrics.Tests.Display;

/// <summary>
/// Walks the object graph reachable from some roots the way a notebook's display does: items of collections (the
/// first 50) and the values of public instance getters, breadth first, at most 8 levels deep and 50,000 objects.
/// </summary>
internal static class ObjectWalk
{
    /// <summary>Walks the graph.</summary>
    /// <param name="roots">Where the walk starts.</param>
    /// <param name="include">Whether the objects of a type are visited and their getters read (others only pass on their items).</param>
    /// <param name="visit">Called once for every object of an included type.</param>
    /// <param name="read">Reads one getter of a visited object; its value, when not null, is walked in turn.</param>
    public static void Walk(IEnumerable<object> roots, Func<Type, bool> include, Action<object> visit, Func<object, PropertyInfo, object?> read)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<(object Value, int Depth)>(roots.Select(r => (r, 0)));
        while (queue.Count > 0 && seen.Count < 50_000)
        {
            var (value, depth) = queue.Dequeue();
            if (!seen.Add(value) || depth > 8)
            {
                continue;
            }

            if (value is IEnumerable items and not string)
            {
                foreach (var item in items.Cast<object?>().Take(50))
                {
                    if (item is not null)
                    {
                        queue.Enqueue((item, depth + 1));
                    }
                }
            }

            var type = value.GetType();
            if (!include(type))
            {
                continue;
            }

            visit(value);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }))
            {
                if (read(value, property) is { } result)
                {
                    queue.Enqueue((result, depth + 1));
                }
            }
        }
    }
}
