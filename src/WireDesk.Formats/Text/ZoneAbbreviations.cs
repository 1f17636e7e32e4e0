namespace WireDesk.Formats.Text;

/// <summary>
/// Zone names seen in agency copy and feeds, read as fixed offsets. Ambiguous names take the meaning
/// wire copy uses: IST is India (+05:30, PRODUCT.md §6), CST/EST/... are North American (RFC 822).
/// </summary>
internal static class ZoneAbbreviations
{
    private static readonly Dictionary<string, TimeSpan> Offsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = Hours(0), ["UTC"] = Hours(0), ["GMT"] = Hours(0), ["Z"] = Hours(0), ["WET"] = Hours(0),
        ["WEST"] = Hours(1), ["BST"] = Hours(1), ["CET"] = Hours(1), ["MET"] = Hours(1), ["WAT"] = Hours(1),
        ["CEST"] = Hours(2), ["MEST"] = Hours(2), ["EET"] = Hours(2), ["SAST"] = Hours(2), ["CAT"] = Hours(2),
        ["EEST"] = Hours(3), ["MSK"] = Hours(3), ["EAT"] = Hours(3), ["AST"] = Hours(-4), ["ADT"] = Hours(-3),
        ["GST"] = Hours(4), ["PKT"] = Hours(5), ["IST"] = new TimeSpan(5, 30, 0), ["NPT"] = new TimeSpan(5, 45, 0),
        ["BDT"] = Hours(6), ["ICT"] = Hours(7), ["WIB"] = Hours(7), ["HKT"] = Hours(8), ["SGT"] = Hours(8),
        ["PHT"] = Hours(8), ["AWST"] = Hours(8), ["JST"] = Hours(9), ["KST"] = Hours(9),
        ["ACST"] = new TimeSpan(9, 30, 0), ["ACDT"] = new TimeSpan(10, 30, 0), ["AEST"] = Hours(10),
        ["AEDT"] = Hours(11), ["NZST"] = Hours(12), ["NZDT"] = Hours(13),
        ["EST"] = Hours(-5), ["EDT"] = Hours(-4), ["CST"] = Hours(-6), ["CDT"] = Hours(-5),
        ["MST"] = Hours(-7), ["MDT"] = Hours(-6), ["PST"] = Hours(-8), ["PDT"] = Hours(-7),
        ["AKST"] = Hours(-9), ["AKDT"] = Hours(-8), ["HST"] = Hours(-10),
        ["NST"] = -new TimeSpan(3, 30, 0), ["NDT"] = -new TimeSpan(2, 30, 0), ["BRT"] = Hours(-3), ["ART"] = Hours(-3),
    };

    public static bool TryGet(string name, out TimeSpan offset)
    {
        if (Offsets.TryGetValue(name, out offset)) return true;
        return TryMilitary(name, out offset);
    }

    // RFC 822 §5.1 military letters: A-I = +1..+9, K-M = +10..+12, N-Y = -1..-12, Z = 0 (J unused).
    private static bool TryMilitary(string name, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (name.Length != 1) return false;
        var c = char.ToUpperInvariant(name[0]);
        if (c is >= 'A' and <= 'I') offset = Hours(c - 'A' + 1);
        else if (c is >= 'K' and <= 'M') offset = Hours(c - 'K' + 10);
        else if (c is >= 'N' and <= 'Y') offset = Hours(-(c - 'N' + 1));
        else return c == 'Z';
        return true;
    }

    private static TimeSpan Hours(int hours) => TimeSpan.FromHours(hours);
}
