using System.Text.RegularExpressions;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.PlainText;

/// <summary>
/// Recognises advisory lines in plain copy, each line one kind: "Embargoed until ..." / "HOLD FOR RELEASE ..."
/// (with the time), "KILL" / "ELIMINATION" advisories (with the killed headline when the line carries one, e.g.
/// "KILL - Headline"), and "Eds:" / "Editors note:" lines (with the note). Plain copy's conventions, not teletype's
/// (<c>Teletype.AdvisoryReader</c>); both report the shared <see cref="Advisory"/>.
/// </summary>
internal static partial class AdvisoryLines
{
    public static Advisory? Read(string line)
    {
        if (line.Length == 0) return null;
        var m = Embargo().Match(line);
        if (m.Success) return new Advisory(line) { Embargo = true, EmbargoTime = NullIfEmpty(m.Groups["time"].Value) };
        m = Kill().Match(line);
        if (m.Success) return new Advisory(line) { Kill = true, KilledHeadline = NullIfEmpty(m.Groups["rest"].Value) };
        m = EditorsNote().Match(line);
        if (m.Success) return new Advisory(line) { IsEditorsNote = true, Note = NullIfEmpty(m.Groups["note"].Value) ?? "" };
        return null;
    }

    private static string? NullIfEmpty(string value) => value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    [GeneratedRegex(
        @"^(?:EMBARGO(?:ED)?(?:\s+(?:UNTIL|TILL|TO|FOR))?|HOLD\s+FOR\s+RELEASE(?:\s+(?:UNTIL|AT))?|NOT\s+FOR\s+(?:PUBLICATION|RELEASE)\s+(?:BEFORE|UNTIL))" +
        @"\s*[:-]?\s*(?<time>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Embargo();

    // Upper case only: "Kill" in a headline or sentence is not an advisory.
    [GeneratedRegex(
        @"^(?:ADVISORY\s*[:-]?\s*)?(?:MANDATORY\s+|URGENT\s+)?(?:KILL|ELIMINATION|ELIMINATE)(?:\s+(?:KILL|ELIMINATION))*" +
        @"\s*(?:$|[:!.–—-]+\s*(?<rest>.*)$)")]
    private static partial Regex Kill();

    [GeneratedRegex(
        @"^(?:Eds|Editors|Editor's|Editors'|Editors’|Editor’s|Ed)\s*(?:note)?\s*[:.]\s*(?<note>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex EditorsNote();
}
