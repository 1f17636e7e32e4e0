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
}
