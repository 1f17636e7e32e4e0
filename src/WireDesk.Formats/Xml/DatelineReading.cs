using WireDesk.Core.Stories;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Xml;

/// <summary>A dateline given as its own element: read with <see cref="DatelineParser"/>, else kept as text.</summary>
public static class DatelineReading
{
    /// <remarks>
    /// <see cref="DatelineParser"/> reads lead paragraphs, where a separator (":" or "-") ends the dateline; an element
    /// holding only the dateline often has none, so it is tried once more with one. Text stays as sent.
    /// </remarks>
    public static Dateline FromText(string text)
    {
        if (DatelineParser.Match(text) is { } dateline) return dateline;
        if (DatelineParser.Match(text + " :") is { } withSeparator) return withSeparator with { Text = text };
        return new Dateline(text);
    }

    /// <summary>Fills place and country the dateline text did not give from structured location data.</summary>
    public static Dateline WithLocation(Dateline dateline, string? place, string? region, string? country) => dateline with
    {
        Place = dateline.Place ?? place,
        Region = dateline.Region ?? region,
        Country = dateline.Country ?? CountryOrNull(country),
    };

    private static string? CountryOrNull(string? country) =>
        country is null ? null : country.Length == 2 ? country.ToUpperInvariant() : CountryCodes.ToIso(country) ?? country;
}
