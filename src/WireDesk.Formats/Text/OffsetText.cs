using System.Globalization;
using System.Text.RegularExpressions;

namespace WireDesk.Formats.Text;

/// <summary>Numeric UTC offsets as feeds write them: "+05:30", "+0530", "+5:30" (real pages), "-05", "GMT+5:30".</summary>
internal static partial class OffsetText
{
    public static bool TryRead(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var m = Pattern().Match(text);
        if (!m.Success) return false;
        var hours = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (minutes > 59) return false;
        offset = new TimeSpan(hours, minutes, 0);
        if (m.Groups["sign"].Value == "-") offset = -offset;
        return true;
    }

    public static string Format(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:GMT|UTC|UT)?(?<sign>[+-])(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
