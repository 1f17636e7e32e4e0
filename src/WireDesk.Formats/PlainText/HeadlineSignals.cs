using System.Text.RegularExpressions;
using WireDesk.Core.Stories;

namespace WireDesk.Formats.PlainText;

/// <summary>Revision prefixes on wire headlines (PRODUCT.md §5): "CORRECTED-" is a correction, "UPDATE 2-" an update.</summary>
internal static partial class HeadlineSignals
{
    public static Signals Read(string headline)
    {
        var signals = Signals.None;
        foreach (Match m in Prefix().Matches(headline))
        {
            var word = m.Groups["word"].Value.ToUpperInvariant();
            if (word.StartsWith("CORRECT", StringComparison.Ordinal)) signals |= Signals.Correction;
            else signals |= Signals.Update;
        }

        return signals;
    }

    /// <summary>The headline readers see: without the revision prefixes, which are advisories to editors.</summary>
    public static string Strip(string headline)
    {
        var end = 0;
        foreach (Match m in Prefix().Matches(headline)) end = m.Index + m.Length;
        return end > 0 && end < headline.Length ? headline[end..] : headline;
    }

    [GeneratedRegex(@"\G(?<word>CORRECTED|UPDATE\s*\d*)\s*-\s*")]
    private static partial Regex Prefix();
}
