using WireDesk.Formats.Teletype;

namespace WireDesk.Formats.Anpa;

/// <summary>
/// The ANPA-1312 header line between SOH and STX, e.g. <c>a0452 r i BC-US-Obit-Smith,1stLd-Writethru,0452</c>:
/// service level, selector/sequence number, priority, category, keyword (slug) with its take and word count,
/// optionally followed by the MM-DD transmission date.
/// </summary>
public sealed record AnpaHeader(string Raw)
{
    public char? ServiceLevel { get; init; }
    public string? Sequence { get; init; }
    public char? Priority { get; init; }
    public string? Category { get; init; }

    /// <summary>The slug as written, with its cycle designator ("BC-US-Obit-Smith").</summary>
    public string? Keyword { get; init; }

    public TakeKey Take { get; init; } = TakeKey.None;
    public int? WordCount { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
}
