using System.Globalization;
using System.Text.RegularExpressions;
using WireDesk.Formats.Teletype;

namespace WireDesk.Formats.Iptc7901;

/// <summary>Reads the IPTC 7901 header line.</summary>
public static partial class Iptc7901HeaderReader
{
    /// <summary>The header, or null when the line does not have the IPTC 7901 shape.</summary>
    public static Iptc7901Header? Read(string header)
    {
        var chars = header.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (WireControl.IsHeaderSeparator(chars[i]) || chars[i] is '\r' or '\n') chars[i] = ' ';
        var m = HeaderPattern().Match(new string(chars).Trim());
        if (!m.Success) return null;

        var (keyword, take, _) = m.Groups["rest"].Success ? SlugReader.Split(m.Groups["rest"].Value) : default;
        return new Iptc7901Header(header.Trim())
        {
            SourceId = m.Groups["src"].Value,
            MessageNumber = m.Groups["num"].Value,
            Priority = m.Groups["pri"].Value[0] - '0',
            Category = m.Groups["cat"].Value.ToUpperInvariant(),
            WordCount = int.Parse(m.Groups["wc"].Value, CultureInfo.InvariantCulture),
            Keyword = keyword,
            Take = TakeKeyReader.Read(take),
        };
    }

    // "dpa0123 4 POL 0321", "AFP 0456 2 ECO 0150 France-Economy,1stLd"
    [GeneratedRegex(
        @"^(?<src>[A-Za-z]{2,8})\s*(?<num>\d{3,4})\s+(?<pri>[1-6])\s+(?<cat>[A-Za-z]{3})\s+(?<wc>\d{1,5})(?:\s+(?<rest>\S.*))?$")]
    private static partial Regex HeaderPattern();
}
