using NodaTime;

namespace WireDesk.Formats;

/// <summary>What a parser knows about the source a document came from.</summary>
public sealed record ParseContext(string Source)
{
    /// <summary>The zone for times without an offset and for inferring dateline years (IST for Indian agencies).</summary>
    public DateTimeZone Zone { get; init; } = DateTimeZoneProviders.Tzdb["Asia/Kolkata"];

    /// <summary>The agency to attribute copy to when the copy does not name one.</summary>
    public string? DefaultAgency { get; init; }

    public long MaxDocumentBytes { get; init; } = 20 * 1024 * 1024;
}
