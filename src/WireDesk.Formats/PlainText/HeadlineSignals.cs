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

    [GeneratedRegex(@"\G(?<word>CORRECTED|UPDATE\s*\d*)\s*-\s*")]
    private static partial Regex Prefix();
}
