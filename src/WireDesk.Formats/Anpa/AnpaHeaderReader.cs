using System.Globalization;
using System.Text.RegularExpressions;
using WireDesk.Formats.Teletype;

namespace WireDesk.Formats.Anpa;

/// <summary>Reads the ANPA-1312 header line and the keyword line AP repeats at the top of the text.</summary>
public static partial class AnpaHeaderReader
{
    /// <summary>The header, or null when the line does not have the ANPA shape.</summary>
    public static AnpaHeader? Read(string header)
    {
        var line = Normalise(header);
        var m = HeaderPattern().Match(line);
        if (!m.Success) return null;

        var (keyword, take, wordCount) = SlugReader.Split(m.Groups["slug"].Value);
        var month = Int(m.Groups["mm"]);
        var day = Int(m.Groups["dd"]);
        var validDate = month is >= 1 and <= 12 && day is >= 1 and <= 31;
        return new AnpaHeader(header.Trim())
        {
            ServiceLevel = m.Groups["svc"].Value[0],
            Sequence = m.Groups["seq"].Value,
            Priority = char.ToLowerInvariant(m.Groups["pri"].Value[0]),
            Category = m.Groups["cat"].Value.ToLowerInvariant(),
            Keyword = keyword,
            Take = TakeKeyReader.Read(take),
            WordCount = Int(m.Groups["wc"]) ?? wordCount,
            Month = validDate ? month : null,
            Day = validDate ? day : null,
        };
    }

    /// <summary>True for AP's keyword line ("BC-US-Obit-Smith,1stLd-Writethru,0452"): a cycle-prefixed slug, no spaces before the first comma.</summary>
    public static bool IsKeywordLine(string line) => KeywordLinePattern().IsMatch(line);

    private static string Normalise(string header)
    {
        var chars = header.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (WireControl.IsHeaderSeparator(chars[i]) || chars[i] is '\r' or '\n') chars[i] = ' ';
        return new string(chars).Trim();
    }

    private static int? Int(Group g) =>
        g.Success && int.TryParse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    // "a0452 r i BC-US-Obit-Smith,1stLd-Writethru,0452" or "a0452  r i  BC-Obit-Smith 01-09 0452"
    [GeneratedRegex(
        @"^(?<svc>[A-Za-z])\s*(?<seq>\d{3,5})\s+(?<pri>[A-Za-z])\s+(?<cat>[A-Za-z]{1,2})\s+(?<slug>\S.*?)" +
        @"(?:\s+(?<mm>\d{2})-(?<dd>\d{2}))?(?:\s+(?<wc>\d{1,5}))?$")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^(?:AM|PM|BC|am|pm|bc)-[^\s,]+(?:,.*)?$")]
    private static partial Regex KeywordLinePattern();
}
