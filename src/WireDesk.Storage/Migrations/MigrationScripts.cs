using System.Globalization;
using System.Reflection;

namespace WireDesk.Storage.Migrations;

/// <summary>The migration scripts embedded in this assembly for one engine, in version order.</summary>
internal static class MigrationScripts
{
    public static IReadOnlyList<Migration> For(string engineFolder)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = $"{assembly.GetName().Name}.Migrations.{engineFolder}.";
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(assembly, name, name[prefix.Length..^".sql".Length]))
            .OrderBy(migration => migration.Version)
            .ToList();
        if (scripts.Count == 0) throw new InvalidOperationException($"no migration scripts embedded under {prefix}");
        var repeated = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new InvalidOperationException($"two {engineFolder} migrations have version {repeated.Key}");
        return scripts;
    }

    private static Migration Load(Assembly assembly, string resourceName, string fileName)
    {
        var separator = fileName.IndexOf('_');
        if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw new InvalidOperationException($"migration '{resourceName}' is not named NNNN_name.sql");
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }
}
