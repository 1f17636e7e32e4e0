using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Dapper;

namespace WireDesk.Storage.Sql;

/// <summary>
/// The name/value pairs of a query's parameters, read from an anonymous object or from <see cref="SqlParameters"/>,
/// for binding to a prepared command. Values Dapper would expand (lists for <c>IN @Ids</c>) are not read: such a
/// query goes through Dapper.
/// </summary>
internal static class SqlArguments
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static bool TryRead(object? parameters, List<KeyValuePair<string, object?>> into)
    {
        switch (parameters)
        {
            case null:
                return true;
            case SqlParameters explicitOnes:
                foreach (var template in explicitOnes.Templates)
                    if (!TryReadObject(template, into)) return false;
                var lookup = (SqlMapper.IParameterLookup)explicitOnes;
                foreach (var name in explicitOnes.ParameterNames)
                    if (!TryAdd(into, name, lookup[name])) return false;
                return true;
            case DynamicParameters:
                return false;
            default:
                return TryReadObject(parameters, into);
        }
    }

    private static bool TryReadObject(object template, List<KeyValuePair<string, object?>> into)
    {
        foreach (var property in Properties.GetOrAdd(template.GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
            if (!TryAdd(into, property.Name, property.GetValue(template))) return false;
        return true;
    }

    private static bool TryAdd(List<KeyValuePair<string, object?>> into, string name, object? value)
    {
        switch (value)
        {
            case string or byte[]:
                break;
            case IEnumerable:
                return false;
            case Enum e:
                // As Dapper binds an enum: its number.
                value = Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture);
                break;
        }
        into.Add(new KeyValuePair<string, object?>(name.TrimStart('@', ':', '$'), value));
        return true;
    }
}
