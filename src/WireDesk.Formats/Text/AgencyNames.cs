namespace WireDesk.Formats.Text;

/// <summary>News agencies whose names appear in datelines and bylines, as they write them.</summary>
internal static class AgencyNames
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "ANI", "PTI", "IANS", "UNI", "Reuters", "AP", "AFP", "dpa", "Xinhua", "Kyodo", "Yonhap", "EFE", "ANSA",
        "Bernama", "TASS", "WAM", "KUNA", "SPA", "APP", "BSS", "Antara", "AAP", "CP", "Bloomberg", "IRNA",
        "Anadolu", "AA", "Sputnik", "NNA", "KNA", "APA", "CTK", "PAP", "MTI", "NTB", "TT", "Ritzau", "STT",
        "Belga", "ANP", "Lusa", "Kyodo News", "RIA Novosti", "Interfax", "Ukrinform", "Prensa Latina", "Notimex",
    };

    public static bool IsKnown(string name) => Known.Contains(name.Trim());
}
