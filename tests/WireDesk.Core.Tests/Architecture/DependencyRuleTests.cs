using System.Xml.Linq;

namespace WireDesk.Core.Tests.Architecture;

/// <summary>ARCHITECTURE.md: Core on nothing; Formats and Storage on Core; Ingest on Core and Formats; Web on Core.</summary>
public class DependencyRuleTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["WireDesk.Core"] = [],
        ["WireDesk.Formats"] = ["WireDesk.Core"],
        ["WireDesk.Storage"] = ["WireDesk.Core"],
        ["WireDesk.Ingest"] = ["WireDesk.Core", "WireDesk.Formats"],
        ["WireDesk.Web"] = ["WireDesk.Core"],
    };

    public static TheoryData<string> Projects => [.. Allowed.Keys];

    [Theory, MemberData(nameof(Projects))]
    public void Each_project_references_only_what_the_layering_allows(string project)
    {
        var path = Path.Combine(Requires.RepoRoot, "src", project, project + ".csproj");
        var references = XDocument.Load(path).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        Assert.All(references, r => Assert.Contains(r, Allowed[project]));
    }

    [Fact]
    public void The_domain_uses_no_packages()
    {
        var path = Path.Combine(Requires.RepoRoot, "src", "WireDesk.Core", "WireDesk.Core.csproj");
        Assert.Empty(XDocument.Load(path).Descendants("PackageReference"));
    }
}
