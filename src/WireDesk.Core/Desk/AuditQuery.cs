namespace WireDesk.Core.Desk;

/// <summary>A page of the audit log, newest first; <see cref="BeforeId"/> is the keyset cursor.</summary>
public sealed record AuditQuery
{
    /// <summary>Only entries whose actor starts with this, e.g. "editor:" for what people did.</summary>
    public string? ActorPrefix { get; init; }
    public long? StoryId { get; init; }
    public long? BeforeId { get; init; }
    public int Limit { get; init; } = 100;
}
