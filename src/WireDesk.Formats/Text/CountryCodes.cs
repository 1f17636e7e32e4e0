namespace WireDesk.Formats.Text;

/// <summary>Country names as datelines write them ("US", "India", "UK", "UAE") to ISO 3166-1 alpha-2 codes.</summary>
public static class CountryCodes
{
    private static readonly Dictionary<string, string> ByName = Build();
    private static readonly HashSet<string> Codes = new(CountryNameTable.Rows.Select(r => r.Code), StringComparer.Ordinal);

    /// <summary>
    /// The alpha-2 code for a country name, common alias or alpha-2/alpha-3-style abbreviation ("U.S.", "USA"),
    /// ignoring case, dots and extra spaces; null when the name is not a country we know.
    /// </summary>
    public static string? ToIso(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var key = Key(name);
        if (ByName.TryGetValue(key, out var code)) return code;
        var upper = name.Trim().ToUpperInvariant();
        return upper.Length == 2 && Codes.Contains(upper) ? upper : null;
    }

    private static Dictionary<string, string> Build()
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, names) in CountryNameTable.Rows)
            foreach (var name in names.Split('|'))
                byName.TryAdd(Key(name), code);
        return byName;
    }

    private static string Key(string name)
    {
        var chars = name.Trim().ToLowerInvariant().Where(c => c != '.').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace("&", "and");
    }
}
