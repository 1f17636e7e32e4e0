using NodaTime;
using WireDesk.Core.Stories;
using WireDesk.Formats.Text;

namespace WireDesk.Formats.PlainText;

/// <summary>What a story's advisory lines amount to: an embargo, a kill, and the note for editors.</summary>
internal sealed record AdvisoryReading(Embargo? Embargo, bool Killed, string? EdNote, IReadOnlyList<string> Warnings)
{
    public static AdvisoryReading Read(IReadOnlyList<Advisory> advisories, DateTimeZone zone)
    {
        var warnings = new List<string>();
        Embargo? embargo = null;
        foreach (var advisory in advisories.Where(a => a.Kind == AdvisoryKind.Embargo))
        {
            // An embargo whose time cannot be read holds until an editor releases it: never publish early.
            var until = WireDateParser.Parse(advisory.Rest, zone, warnings, "embargo");
            embargo = new Embargo(until?.Value);
        }

        var notes = advisories.Where(a => a.Kind is AdvisoryKind.EditorsNote or AdvisoryKind.Kill).Select(a => a.Line).ToList();
        var killed = advisories.Any(a => a.Kind == AdvisoryKind.Kill);
        return new AdvisoryReading(embargo, killed, notes.Count > 0 ? string.Join("\n", notes) : null, warnings);
    }
}
