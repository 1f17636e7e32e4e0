using WireDesk.Formats.Teletype;

namespace WireDesk.Formats.Iptc7901;

/// <summary>
/// The IPTC 7901 header line between SOH and STX, e.g. <c>dpa0123 4 POL 0321 Bundestag-Haushalt</c>: source
/// identification, message number, priority (1-6), category (3 letters), word count, then an optional keyword.
/// </summary>
public sealed record Iptc7901Header(string Raw)
{
    public required string SourceId { get; init; }
    public required string MessageNumber { get; init; }
    public int Priority { get; init; }
    public required string Category { get; init; }
    public int? WordCount { get; init; }
    public string? Keyword { get; init; }
    public TakeKey Take { get; init; } = TakeKey.None;
}
