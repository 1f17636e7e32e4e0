using System.Globalization;
using System.Text.RegularExpressions;

namespace WireDesk.Formats.Teletype;

/// <summary>Reads the take/version part of a wire slug into a <see cref="TakeKey"/>.</summary>
public static partial class TakeKeyReader
{
    public static TakeKey Read(string? take)
    {
        if (string.IsNullOrWhiteSpace(take)) return TakeKey.None;
        var text = take.Trim();
        return new TakeKey(text)
        {
            Lead = Number(LeadPattern().Match(text)) ?? Number(UpdatePattern().Match(text)) ?? Number(NumberedWriteThruPattern().Match(text)),
            WriteThru = WriteThruPattern().IsMatch(text),
            Add = Number(AddPattern().Match(text)),
            Correction = CorrectionPattern().IsMatch(text),
            Kill = KillPattern().IsMatch(text),
        };
    }

    private static int? Number(Match m) =>
        m.Success && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    [GeneratedRegex(@"(?<n>\d{1,3})\s*(?:st|nd|rd|th)\s*-?\s*Ld\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadPattern();

    [GeneratedRegex(@"\bUPDATE\s*-?\s*(?<n>\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpdatePattern();

    [GeneratedRegex(@"(?<n>\d{1,3})\s*(?:st|nd|rd|th)\s*-?\s*Write-?\s*thru\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedWriteThruPattern();

    [GeneratedRegex(@"Write-?\s*thru\b", RegexOptions.IgnoreCase)]
    private static partial Regex WriteThruPattern();

    [GeneratedRegex(@"(?:(?<n>\d{1,3})\s*(?:st|nd|rd|th)\s*-?\s*Add\b|\bAdd\s*-?\s*(?<n>\d{1,3})\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AddPattern();

    [GeneratedRegex(@"\bCorrect(?:ion|ive|s|ed)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CorrectionPattern();

    [GeneratedRegex(@"\b(?:KILL|ELIMINATION|WITHDRAWAL|WITHDRAWN)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KillPattern();
}
