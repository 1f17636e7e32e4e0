namespace WireDesk.Ingest.Push;

public sealed record PushOptions
{
    public long MaxBodyBytes { get; init; } = 10 * 1024 * 1024;
    /// <summary>How far a signed timestamp may be from now, either way.</summary>
    public TimeSpan ReplayWindow { get; init; } = TimeSpan.FromMinutes(5);
    public int MaxIdempotencyKeyLength { get; init; } = 200;
}
