namespace WireDesk.Core.Publishing;

/// <summary>A state change with who made it: the agency, a policy rule or an editor.</summary>
public sealed record AuditEntry(
    long StoryId,
    string Action,
    string Actor,
    long? VersionId,
    DateTimeOffset At,
    string? Detail);
