namespace WireDesk.Formats.Teletype;

/// <summary>
/// An in-band advisory line of wire copy ("Eds: ...", "KILL", "CORRECTS ...", "Embargoed until ...",
/// "HOLD FOR RELEASE"), with everything it signals. One line may signal several things
/// ("Eds: CORRECTS spelling of name" is an editor's note and a correction).
/// </summary>
public sealed record Advisory(string Text)
{
    /// <summary>Addressed to editors ("Eds:", "Editors:"): kept as the story's EdNote, never as body text.</summary>
    public bool IsEditorsNote { get; init; }

    /// <summary>The advisory without its "Eds:"/"Editors:" address, e.g. "CORRECTS spelling of mayor's name".</summary>
    public string Note { get; init; } = Text;

    public bool Kill { get; init; }

    public bool Correction { get; init; }

    /// <summary>An embargo or hold; <see cref="EmbargoTime"/> is the time text after "until"/"release", if any.</summary>
    public bool Embargo { get; init; }

    public string? EmbargoTime { get; init; }
}
