using WireDesk.Core.Publishing;

namespace WireDesk.Core.Desk;

/// <summary>
/// The detail of an editor's audit entry: what was asked (a reason, a headline) and the story before and after, written
/// as one line "NOTE; before: ...; after: ..." so the CLI prints it as is and the desk splits it back.
/// </summary>
public sealed record AuditDetail(string? Note, string? Before, string? After)
{
    private const string BeforeMark = "before: ";
    private const string AfterMark = "; after: ";

    public static string Describe(StoredStory story) =>
        $"state {story.State.ToString().ToLowerInvariant()}, headline \"{story.DisplayHeadline}\"" +
        (story.Reviewed ? ", reviewed" : "") +
        (story.HoldReason is { } hold ? $", reason \"{hold}\"" : "") +
        (story.KillReason is { } kill && story.State == StoryState.Killed ? $", killed \"{kill}\"" : "");

    public string Format() =>
        (Note is null ? "" : Note + "; ") + BeforeMark + Before + (After is null ? "" : AfterMark + After);

    /// <summary>Splits a detail written by <see cref="Format"/>; any other text comes back whole as the note.</summary>
    public static AuditDetail Parse(string? detail)
    {
        if (detail is null) return new(null, null, null);
        var before = detail.StartsWith(BeforeMark, StringComparison.Ordinal) ? 0 : detail.IndexOf("; " + BeforeMark, StringComparison.Ordinal);
        if (before < 0) return new(detail, null, null);
        var note = before == 0 ? null : detail[..before];
        var rest = detail[(before == 0 ? BeforeMark.Length : before + 2 + BeforeMark.Length)..];
        var after = rest.LastIndexOf(AfterMark, StringComparison.Ordinal);
        return after < 0 ? new(note, rest, null) : new(note, rest[..after], rest[(after + AfterMark.Length)..]);
    }
}
