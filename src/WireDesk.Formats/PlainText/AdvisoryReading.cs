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
        // Every embargo line is read (each may warn); the last one stands.
        foreach (var advisory in advisories.Where(a => a.Embargo))
            embargo = advisory.Hold(zone, warnings);

        var notes = advisories.Where(a => a.IsEditorsNote || a.Kill).Select(a => a.Text).ToList();
        var killed = advisories.Any(a => a.Kill);
        return new AdvisoryReading(embargo, killed, notes.Count > 0 ? string.Join("\n", notes) : null, warnings);
    }
}
