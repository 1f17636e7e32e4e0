using System.Text;

namespace WireDesk.Formats.Fuzz;

/// <summary>Our own samples (tests/WireDesk.Formats.Tests/Samples/**), as the bytes an agency would send.</summary>
public static class FuzzSamples
{
    private static readonly (string Escape, string Char)[] WireEscapes =
        [("<SYN>", "\u0016"), ("<SOH>", "\u0001"), ("<STX>", "\u0002"), ("<ETX>", "\u0003"), ("<EOT>", "\u0004"), ("<TAB>", "\t")];

    /// <summary>The samples folder above <paramref name="start"/> (the running binary, or the current folder).</summary>
    public static string? FindFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "WireDesk.Formats.Tests", "Samples");
            if (Directory.Exists(path)) return path;
        }
        return null;
    }

    public static IReadOnlyList<(string Name, byte[] Bytes)> Load(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(folder, path), Bytes(path)))
            .ToList();

    // ANPA and IPTC 7901 samples are written with readable escapes (<SOH>, <STX> ...) and LF; the wire has the
    // control characters and CR LF, as the tests' WireSample turns them.
    private static byte[] Bytes(string path)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(path));
        if (folder is not ("Anpa" or "Iptc7901")) return File.ReadAllBytes(path);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n").Replace("\n", "\r\n");
        foreach (var (escape, c) in WireEscapes) text = text.Replace(escape, c);
        return (path.EndsWith(".latin1.txt", StringComparison.Ordinal) ? Encoding.Latin1 : Encoding.UTF8).GetBytes(text);
    }
}
