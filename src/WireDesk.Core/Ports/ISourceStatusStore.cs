using WireDesk.Core.Health;

namespace WireDesk.Core.Ports;

/// <summary>What each source's transport last did, kept across restarts, and what a poller must remember.</summary>
public interface ISourceStatusStore
{
    /// <summary>The transport worked (a poll answered, a delivery was accepted or processed); failures reset to 0.</summary>
    Task RecordSuccessAsync(string source, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The transport or the processing failed; consecutive failures go up by one.</summary>
    Task RecordFailureAsync(string source, string error, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>A delivery of this source went live: when, and how long after receipt and after the agency's version time.</summary>
    Task RecordLiveAsync(string source, DateTimeOffset at, TimeSpan receiptLag, TimeSpan? agencyLag, CancellationToken cancellationToken);

    Task SavePollStateAsync(string source, PollState state, CancellationToken cancellationToken);

    /// <summary>Every source with a status row, and the stories each received since <paramref name="itemsSince"/>.</summary>
    Task<IReadOnlyList<SourceStatus>> ListStatusAsync(DateTimeOffset itemsSince, CancellationToken cancellationToken);
}
