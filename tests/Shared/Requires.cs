using Xunit;

namespace WireDesk.Tests;

/// <summary>
/// Outside parts a test may need. Where one is missing the test is skipped with the reason; under CI
/// (<c>CI=true</c>) it fails instead, because CI provides every part.
/// </summary>
public static class Requires
{
    public static bool InCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The repository root: the folder holding WireDesk.slnx, found from the test's base directory.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared corpus beside the repository, or a skip when it is absent.</summary>
    public static string Corpus(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", "corpus", .. parts]));
        if (!File.Exists(path) && !Directory.Exists(path))
            Missing($"the shared corpus is not at {path} (clone ../shared beside the repository to run this test)");
        return path;
    }

    /// <summary>Skips (or under CI fails) with the reason.</summary>
    public static void Missing(string reason)
    {
        if (InCi) throw new InvalidOperationException($"CI must provide this: {reason}");
        Assert.Skip(reason);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "WireDesk.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"WireDesk.slnx not found above {AppContext.BaseDirectory}");
    }
}
