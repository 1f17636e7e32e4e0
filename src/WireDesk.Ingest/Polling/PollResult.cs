namespace WireDesk.Ingest.Polling;

/// <summary>What one poll did: the HTTP status seen (null when none came), whether copy was taken in, and when to poll next.</summary>
public sealed record PollResult(int? Status, bool Ingested, TimeSpan NextIn, string? Error);
