namespace WireDesk.Formats.Benchmarks;

/// <summary>The test project's own samples (tests/WireDesk.Formats.Tests/Samples), found above the running binary.</summary>
public static class Samples
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "tests", "WireDesk.Formats.Tests", "Samples");
                if (Directory.Exists(path)) return path;
            }
            throw new DirectoryNotFoundException($"tests/WireDesk.Formats.Tests/Samples not found above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>A sample by its path under Samples, e.g. "NewsMlG2/g2-update.xml".</summary>
    public static byte[] Read(string relativePath) => File.ReadAllBytes(Path.Combine(Folder, relativePath));

    /// <summary>
    /// A sample as delivered: ANPA-1312 and IPTC 7901 samples are written with readable escapes (&lt;SOH&gt; ...) and
    /// LF, and go out with the control characters and CR LF, as the tests' WireSample turns them.
    /// </summary>
    public static byte[] ReadWire(string relativePath)
    {
        var folder = relativePath.Split('/')[0];
        if (folder is not ("Anpa" or "Iptc7901")) return Read(relativePath);
        var text = File.ReadAllText(Path.Combine(Folder, relativePath)).ReplaceLineEndings("\n").Replace("\n", "\r\n");
        foreach (var (escape, c) in new[] { ("<SYN>", "\u0016"), ("<SOH>", "\u0001"), ("<STX>", "\u0002"), ("<ETX>", "\u0003"), ("<EOT>", "\u0004"), ("<TAB>", "\t") })
            text = text.Replace(escape, c);
        return (relativePath.EndsWith(".latin1.txt", StringComparison.Ordinal) ? System.Text.Encoding.Latin1 : System.Text.Encoding.UTF8).GetBytes(text);
    }
}
