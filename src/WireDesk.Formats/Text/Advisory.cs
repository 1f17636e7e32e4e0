using NodaTime;
using WireDesk.Core.Stories;

namespace WireDesk.Formats.Text;

/// <summary>
/// An in-band advisory line of agency copy ("Eds: ...", "KILL", "CORRECTS ...", "Embargoed until ...",
/// "HOLD FOR RELEASE"), with everything it signals. One line may signal several things
/// ("Eds: CORRECTS spelling of name" is an editor's note and a correction). Teletype copy
/// (<c>Teletype.AdvisoryReader</c>) and plain copy (<c>PlainText.AdvisoryLines</c>) recognise advisories by their own
/// conventions and report them as this one record; <see cref="Hold"/> is what an embargo advisory means for both.
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

    /// <summary>The headline of the story a kill advisory names, when the line carries one ("KILL - Headline").</summary>
    public string? KilledHeadline { get; init; }

    /// <summary>
    /// The embargo an embargo advisory sets. A hold whose time cannot be read stays a hold, released by an editor:
    /// never published early, never given a made-up time.
    /// </summary>
    public Embargo Hold(DateTimeZone zone, ICollection<string> warnings) =>
        new(WireDateParser.Parse(EmbargoTime, zone, warnings, "embargo")?.Value);
}
