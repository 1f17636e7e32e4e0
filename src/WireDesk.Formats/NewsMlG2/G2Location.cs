using WireDesk.Core.Stories;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMlG2;

/// <summary>contentMeta/located and its broader chain: a readable place and the parts a dateline lacks.</summary>
public static class G2Location
{
    /// <summary>The names up the chain ("Berlin, Germany"); the located concept's code when nothing is named.</summary>
    public static string? Describe(G2Concept located, string? language)
    {
        var names = new List<string>(3);
        foreach (var concept in Chain(located))
            if (G2TextChoice.Name(concept, language) is { } name && (names.Count == 0 || names[^1] != name))
                names.Add(name);
        return names.Count > 0 ? string.Join(", ", names) : located.Qcode ?? located.Uri ?? located.Literal;
    }

    public static Dateline Complete(Dateline dateline, G2Concept located, string? language)
    {
        string? place = null, region = null, country = null;
        foreach (var concept in Chain(located))
        {
            var kind = Kind(concept);
            var name = G2TextChoice.Name(concept, language);
            if (kind == "country") country ??= CountryOf(concept, name);
            else if (kind == "region") region ??= name;
            else if (ReferenceEquals(concept, located)) place ??= name;
        }
        return DatelineReading.WithLocation(dateline, place, region, country);
    }

    private static IEnumerable<G2Concept> Chain(G2Concept located)
    {
        yield return located;
        foreach (var broader in located.Broader) yield return broader;
    }

    private static string? Kind(G2Concept concept)
    {
        var type = concept.Type ?? "";
        var scheme = G2Codes.SchemeOf(concept.Qcode) ?? "";
        if (type.Contains("country", StringComparison.OrdinalIgnoreCase) || scheme.StartsWith("iso3166", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("cntry", StringComparison.OrdinalIgnoreCase))
            return "country";
        if (type.Contains("statprov", StringComparison.OrdinalIgnoreCase) || type.Contains("region", StringComparison.OrdinalIgnoreCase)
            || scheme is "reg" or "prov")
            return "region";
        return null;
    }

    // iso3166-1a2:DE carries the code itself; otherwise the country's name (or, unnamed, its code) is read by CountryCodes.
    private static string? CountryOf(G2Concept concept, string? name) =>
        G2Codes.SchemeOf(concept.Qcode) is { } scheme && scheme.StartsWith("iso3166", StringComparison.OrdinalIgnoreCase)
            ? G2Codes.CodeOf(concept.Qcode)
            : name ?? G2Codes.CodeOf(concept.Qcode);
}
