namespace WireDesk.Demo;

/// <summary>The demo's sample copy: our own made-up stories in each agency's style, embedded in the executable.</summary>
public static class DemoCopy
{
    private const string Prefix = "WireDesk.Demo.Copy.";

    public static IEnumerable<(string Name, byte[] Bytes)> Files()
    {
        var assembly = typeof(DemoCopy).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            yield return (resource[Prefix.Length..], memory.ToArray());
        }
    }

    /// <summary>The source a demo file belongs to: its agency prefix ("ani-odisha-solar.txt" → "ani").</summary>
    public static string SourceOf(string name)
    {
        var dash = name.IndexOfAny(['-', '.']);
        return dash > 0 ? name[..dash].ToLowerInvariant() : "demo";
    }
}
