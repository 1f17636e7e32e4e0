using System.Text.RegularExpressions;

namespace WireDesk.Formats.Ninjs;

/// <summary>
/// Tells ninjs versions apart: first by what the item declares ("standard"/"$standard" version, a "$schema" URL
/// naming ninjs-schema_N), then by shape — flat headline/body_*/byline is 1.x; headlines/bodies/descriptions/by
/// arrays are 2.x or 3.x, and camelCase names (versionCreated, embargoedUntil, contentType ...) make it 3.x.
/// </summary>
public static partial class NinjsGenerationDetector
{
    private static readonly HashSet<string> CamelCaseNames = new(StringComparer.Ordinal)
    {
        "versionCreated", "firstCreated", "contentCreated", "embargoedUntil", "pubStatus", "copyrightHolder",
        "copyrightNotice", "usageTerms", "edNote", "infoSources", "altIds", "trustIndicators", "rightsInfo",
        "representationType", "digitalSourceType", "eventDetails", "plannedCoverage", "contentType", "sizeInBytes",
        "charCount", "wordCount",
    };

    private static readonly HashSet<string> Version2Names = new(StringComparer.Ordinal)
    {
        "headlines", "bodies", "descriptions", "by", "subjects", "places", "people", "organisations", "genres",
        "infosources", "trustindicators",
    };

    private static readonly HashSet<string> Version1Names = new(StringComparer.Ordinal)
    {
        "headline", "byline", "subject", "place", "person", "organisation", "genre", "infosource", "$standard",
    };

    public static NinjsGeneration Detect(NinjsObject item) =>
        Declared(item) ?? ByShape(item);

    private static NinjsGeneration? Declared(NinjsObject item)
    {
        var declared = (item.Object("standard") ?? item.Object("$standard"))?.String("version")
            ?? item.String("$schema") ?? (item.Object("standard") ?? item.Object("$standard"))?.String("schema");
        if (declared is null) return null;
        var m = VersionPattern().Match(declared);
        return m.Success ? Generation(m.Groups["major"].Value[0]) : null;
    }

    private static NinjsGeneration? Generation(char major) => major switch
    {
        '1' => NinjsGeneration.V1,
        '2' => NinjsGeneration.V2,
        '3' => NinjsGeneration.V3,
        _ => null,
    };

    private static NinjsGeneration ByShape(NinjsObject item)
    {
        var names = item.Names;
        if (names.Any(CamelCaseNames.Contains) || NestedCamelCase(item)) return NinjsGeneration.V3;
        if (names.Any(Version2Names.Contains)) return NinjsGeneration.V2;
        if (names.Any(n => Version1Names.Contains(n) || IsVersion1Pattern(n))) return NinjsGeneration.V1;
        return NinjsGeneration.Unknown;
    }

    private static bool IsVersion1Pattern(string name) =>
        name.StartsWith("body_", StringComparison.Ordinal) || name.StartsWith("headline_", StringComparison.Ordinal)
        || name.StartsWith("description_", StringComparison.Ordinal) || name is "versioncreated" or "embargoed";

    // Items that carry only uri and arrays still give their version away in the members' names.
    private static bool NestedCamelCase(NinjsObject item) =>
        new[] { "bodies", "headlines", "descriptions", "renditions" }
            .SelectMany(item.Objects)
            .Any(member => member.Names.Any(CamelCaseNames.Contains));

    // "3.0", "1.4", "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"
    [GeneratedRegex(@"(?:^|ninjs-schema_|/ninjs/)(?<major>[1-9])(?:\.\d+)*(?:\.json|[#/]|$)")]
    private static partial Regex VersionPattern();
}
