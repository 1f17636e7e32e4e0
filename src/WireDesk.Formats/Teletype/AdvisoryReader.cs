using System.Text.RegularExpressions;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.Teletype;

/// <summary>
/// Recognises advisory lines in the head of wire copy. Only called on lines before the headline (and on ninjs
/// edNotes), so a story about a "kill" is never read as a kill notice: kill words count only as capitalised
/// advisories or inside an editors' note.
/// </summary>
public static partial class AdvisoryReader
{
    public static Advisory? Read(string line)
    {
        var text = line.Trim();
        if (text.Length == 0) return null;

        var editorsNote = EditorsNotePattern().IsMatch(text);
        var kill = KillPattern().IsMatch(text) || (editorsNote && KillWordPattern().IsMatch(text));
        var correction = CorrectionPattern().IsMatch(text) || (editorsNote && CorrectionWordPattern().IsMatch(text));
        var embargo = EmbargoPattern().Match(text);
        if (!editorsNote && !kill && !correction && !embargo.Success) return null;

        return new Advisory(text)
        {
            IsEditorsNote = editorsNote,
            Note = editorsNote ? EditorsNotePattern().Replace(text, "").Trim() : text,
            Kill = kill,
            Correction = correction,
            Embargo = embargo.Success,
            EmbargoTime = embargo.Success && embargo.Groups["when"].Success ? CleanTime(embargo.Groups["when"].Value) : null,
        };
    }

    // The time ends where the note's next sentence starts: "... 05:00 GMT. With AP Photos." ("Jan. 10" and "p.m. EST" go on).
    private static string? CleanTime(string when)
    {
        var end = SentenceEndPattern().Match(when);
        if (end.Success) when = when[..end.Index];
        var trimmed = when.Trim().TrimEnd('.', ';', ',', '<', '=').Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    [GeneratedRegex(@"\.\s+(?=[A-Z][a-z])|;")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"^(?:Eds|Editors|Ed's note|Editor's note)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EditorsNotePattern();

    // Capitalised at the head of a line: "KILL", "ELIMINATION", "WITHDRAWAL", "URGENT KILL" ...
    [GeneratedRegex(@"^(?:URGENT\s+|MANDATORY\s+)?(?:KILL|ELIMINATION|WITHDRAWAL)\b")]
    private static partial Regex KillPattern();

    [GeneratedRegex(@"\b(?:KILL|ELIMINATION|WITHDRAWAL)\b")]
    private static partial Regex KillWordPattern();

    [GeneratedRegex(@"^(?:CORRECTION|CORRECTS|CORRECTED|CORRECTIVE)\b|^Corrects\b|^Correction\s*[:.-]")]
    private static partial Regex CorrectionPattern();

    [GeneratedRegex(@"\b(?:CORRECTION|CORRECTS|CORRECTED|CORRECTIVE)\b|\bCorrect(?:ion|s|ed|ive)\b")]
    private static partial Regex CorrectionWordPattern();

    // "Embargoed until <time>", "EMBARGOED", "HOLD FOR RELEASE [until <time>]", "For release at <time>", at the head
    // of a line or inside an editors' note. Case matters: a headline "Embargoed oil tanker seized" is no advisory.
    [GeneratedRegex(
        @"(?:^|^(?:Eds|Editors|EDS|EDITORS)\s*:.*?)" +
        @"(?:EMBARGOED|Embargoed(?=\s+(?:until|till))|HOLD FOR RELEASE|Hold for release|FOR RELEASE|For release(?=\s+(?:at|until)))" +
        @"(?:\s*(?:until|till|at|UNTIL|TILL|AT|:)\s*(?<when>.+))?")]
    private static partial Regex EmbargoPattern();
}
