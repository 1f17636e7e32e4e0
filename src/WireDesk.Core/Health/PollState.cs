namespace WireDesk.Core.Health;

/// <summary>What a poller keeps between requests: the validators for a conditional GET and when to ask next.</summary>
public sealed record PollState(string? ETag, string? LastModified, DateTimeOffset? NextAt);
