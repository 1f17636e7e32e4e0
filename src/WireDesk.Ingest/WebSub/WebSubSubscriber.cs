using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using WireDesk.Core.Inbox;
using WireDesk.Core.Ports;
using WireDesk.Core.Stories;
using WireDesk.Core.WebSub;
using WireDesk.Ingest.Health;
using WireDesk.Ingest.Inbox;
using WireDesk.Ingest.Sources;

namespace WireDesk.Ingest.WebSub;

/// <summary>
/// The WebSub subscriber (W3C WebSub): polled feeds that name a hub are subscribed to, with a callback of our own and
/// a secret per subscription; the hub's verification is answered only for what we asked; signed deliveries go into
/// the inbox like any other; leases are renewed before they end. Polling carries on beside it, at the source's
/// interval, so a hub that fails silently costs latency, never copy. Subscriptions persist in the data folder.
/// </summary>
public sealed class WebSubSubscriber(
    SourceCatalog sources,
    IInbox inbox,
    InboxSignal signal,
    HubClient hubs,
    TimeProvider time,
    WebSubOptions options,
    string filePath,
    IngestMetrics? metrics = null,
    ILogger<WebSubSubscriber>? logger = null) : IWebSubCallback
{
    private readonly ILogger _logger = logger ?? NullLogger<WebSubSubscriber>.Instance;
    // Guards the list and its file. Never held across a request to a hub: a hub may verify (call us back) before it
    // answers the subscription request, and that verification needs this lock.
    private readonly SemaphoreSlim _state = new(1, 1);
    // One run of due requests at a time, so a renewal is never sent twice.
    private readonly SemaphoreSlim _run = new(1, 1);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private Dictionary<string, WebSubSubscription> _subscriptions = new(StringComparer.Ordinal);

    public long MaxBodyBytes => options.MaxBodyBytes;

    public bool Enabled => options.CallbackBase is not null;

    public IReadOnlyList<WebSubSubscription> Subscriptions
    {
        get
        {
            _state.Wait();
            try { return [.. _subscriptions.Values.OrderBy(s => s.Source, StringComparer.Ordinal)]; }
            finally { _state.Release(); }
        }
    }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var loaded = await WebSubSubscriptionFile.ReadAsync(filePath, cancellationToken);
        await _state.WaitAsync(cancellationToken);
        try { _subscriptions = loaded.ToDictionary(s => s.Id, StringComparer.Ordinal); }
        finally { _state.Release(); }
    }

    /// <summary>
    /// Called by the poller with what a fetched feed says about hubs: a new or changed hub or topic gets a subscription
    /// (and the old one an unsubscription); the request itself goes out on the next <see cref="RunDueAsync"/>.
    /// </summary>
    public async Task NoteFeedAsync(SourceDefinition source, HubLinks links, Uri fetched, CancellationToken cancellationToken)
    {
        if (!Enabled || !source.WebSub || links.Hubs.Count == 0) return;
        var hub = links.Hubs[0];
        var topic = links.Self ?? fetched;
        var changed = await UpdateAsync(all =>
        {
            var current = all.Values.Where(s => s.Source == source.Name && s.Status != WebSubStatus.Unsubscribing).ToList();
            if (current.Any(s => s.Hub == hub && s.Topic == topic)) return false;
            var now = time.GetUtcNow();
            foreach (var old in current) all[old.Id] = old with { Status = WebSubStatus.Unsubscribing, NextAttemptAt = now };
            var created = new WebSubSubscription
            {
                Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                Source = source.Name,
                Hub = hub,
                Topic = topic,
                Secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
                AllowPrivateNetwork = source.AllowPrivateNetwork,
                NextAttemptAt = now,
            };
            all[created.Id] = created;
            return true;
        }, cancellationToken);
        if (changed) Wake();
    }

    /// <summary>
    /// Sends every request that is due: first subscriptions, retries, renewals (once <see cref="WebSubOptions.RenewWhenLeft"/>
    /// of the lease is left) and unsubscriptions of sources that are gone or paused. Returns when the next one is due.
    /// </summary>
    public async Task<DateTimeOffset?> RunDueAsync(CancellationToken cancellationToken)
    {
        await _run.WaitAsync(cancellationToken);
        try
        {
            await UpdateAsync(all =>
            {
                var stale = all.Values.Where(s => s.Status != WebSubStatus.Unsubscribing
                    && (sources.Find(s.Source) is not { Paused: false, WebSub: true } definition
                        || !Polling.PollingService.IsPolled(definition))).ToList();
                foreach (var s in stale) all[s.Id] = s with { Status = WebSubStatus.Unsubscribing, NextAttemptAt = time.GetUtcNow() };
                return stale.Count > 0;
            }, cancellationToken);

            if (!Enabled) return null;
            foreach (var due in Subscriptions.Where(s => s.NextAttemptAt <= time.GetUtcNow()))
                await RequestAsync(due, cancellationToken);
            return Subscriptions.Select(s => (DateTimeOffset?)s.NextAttemptAt).Min();
        }
        finally
        {
            _run.Release();
        }
    }

    /// <summary>Returns when <see cref="NoteFeedAsync"/> found something new, or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await _wake.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }

    public async Task<string?> VerifyAsync(WebSubVerification verification, CancellationToken cancellationToken)
    {
        string? answer = null;
        await UpdateAsync(all =>
        {
            if (!all.TryGetValue(verification.SubscriptionId, out var s) || !SameTopic(s.Topic, verification.Topic)) return false;
            var now = time.GetUtcNow();
            switch (verification.Mode)
            {
                case "subscribe" when s.Status != WebSubStatus.Unsubscribing && !string.IsNullOrEmpty(verification.Challenge):
                    var lease = int.TryParse(verification.LeaseSeconds, NumberStyles.None, CultureInfo.InvariantCulture, out var granted) && granted > 0
                        ? granted
                        : options.LeaseSeconds;
                    all[s.Id] = s with
                    {
                        Status = WebSubStatus.Active,
                        VerifiedAt = now,
                        LeaseSeconds = lease,
                        ExpiresAt = now.AddSeconds(lease),
                        NextAttemptAt = now.AddSeconds(lease * (1 - options.RenewWhenLeft)),
                        ConsecutiveFailures = 0,
                        LastError = null,
                    };
                    answer = verification.Challenge;
                    return true;
                case "unsubscribe" when s.Status == WebSubStatus.Unsubscribing && !string.IsNullOrEmpty(verification.Challenge):
                    all.Remove(s.Id);
                    answer = verification.Challenge;
                    return true;
                case "denied" when s.Status != WebSubStatus.Unsubscribing:
                    all[s.Id] = s with
                    {
                        Status = WebSubStatus.Denied,
                        LastError = $"denied by the hub: {verification.Reason ?? "no reason given"}",
                        NextAttemptAt = now + options.MaxRetryDelay,
                    };
                    answer = "";
                    return true;
                default:
                    return false;
            }
        }, cancellationToken);
        if (answer is null)
            _logger.LogWarning("websub: refused a {Mode} verification for {Topic} on callback {Id}", verification.Mode, verification.Topic, verification.SubscriptionId);
        return answer;
    }

    public async Task<WebSubOutcome> DeliverAsync(WebSubContent content, CancellationToken cancellationToken)
    {
        WebSubSubscription? subscription;
        await _state.WaitAsync(cancellationToken);
        try { subscription = _subscriptions.GetValueOrDefault(content.SubscriptionId); }
        finally { _state.Release(); }
        if (subscription is null) return WebSubOutcome.UnknownSubscription;
        if (content.Body.LongLength > options.MaxBodyBytes) return WebSubOutcome.TooLarge;
        if (!HubSignature.IsValid(content.Signature, subscription.Secret, content.Body)
            || sources.Find(subscription.Source) is not { Paused: false })
        {
            metrics?.Delivery(subscription.Source, "rejected");
            _logger.LogWarning("websub: discarded a delivery for {Source} from {Remote}: {Why}", subscription.Source, content.RemoteAddress,
                content.Signature is null ? "no X-Hub-Signature" : "signature does not match our secret, or the source is paused");
            return WebSubOutcome.Discarded;
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Body));
        var raw = new RawDelivery(subscription.Source, content.Body, content.ContentType, sha256, time.GetUtcNow(), "websub",
            subscription.Topic.AbsoluteUri);
        var metadata = new Dictionary<string, string> { ["hub"] = subscription.Hub.AbsoluteUri, ["topic"] = subscription.Topic.AbsoluteUri };
        if (content.RemoteAddress is { } remote) metadata["remoteAddress"] = remote;
        // Keyed by content: a hub retrying a delivery we took is the same delivery.
        var receipt = await inbox.AcceptAsync(new InboxDelivery(raw, "websub:" + sha256, metadata), null, cancellationToken);
        signal.Notify();
        metrics?.Delivery(subscription.Source, receipt.Repeated ? "repeated" : "accepted");
        return WebSubOutcome.Accepted;
    }

    public Uri CallbackFor(string id)
    {
        var callbackBase = options.CallbackBase ?? throw new InvalidOperationException("WebSub has no callback base URL");
        var root = callbackBase.AbsoluteUri.EndsWith('/') ? callbackBase : new Uri(callbackBase.AbsoluteUri + "/");
        return new Uri(root, "websub/" + id);
    }

    private async Task RequestAsync(WebSubSubscription due, CancellationToken cancellationToken)
    {
        var mode = due.Status == WebSubStatus.Unsubscribing ? "unsubscribe" : "subscribe";
        var now = time.GetUtcNow();
        // Recorded before the request: the hub may verify before it answers, and that verification must find it.
        await UpdateAsync(all => Replace(all, due.Id, s => s with { RequestedAt = now, NextAttemptAt = now + options.VerifyTimeout }),
            cancellationToken);
        var error = await hubs.RequestAsync(due, mode, CallbackFor(due.Id), options.LeaseSeconds, cancellationToken);
        if (error is null) return;

        _logger.LogWarning("websub: {Mode} {Topic} at {Hub}: {Error}", mode, due.Topic, due.Hub, error);
        await UpdateAsync(all => Replace(all, due.Id, s =>
        {
            var failures = s.ConsecutiveFailures + 1;
            var delay = TimeSpan.FromTicks(Math.Min(options.MaxRetryDelay.Ticks, options.RetryDelay.Ticks * (1L << Math.Min(failures - 1, 20))));
            var jittered = delay * (0.8 + Random.Shared.NextDouble() * 0.4);
            // An unsubscription a hub keeps refusing is dropped after a while: the lease ends it anyway.
            if (s.Status == WebSubStatus.Unsubscribing && failures >= 5)
            {
                all.Remove(s.Id);
                return s;
            }
            return s with { ConsecutiveFailures = failures, LastError = error, NextAttemptAt = time.GetUtcNow() + jittered };
        }), cancellationToken);
    }

    private static bool Replace(Dictionary<string, WebSubSubscription> all, string id, Func<WebSubSubscription, WebSubSubscription> change)
    {
        if (!all.TryGetValue(id, out var current)) return false;
        var changed = change(current);
        if (all.ContainsKey(id)) all[id] = changed;
        return true;
    }

    private static bool SameTopic(Uri ours, string? theirs) =>
        theirs is not null && Uri.TryCreate(theirs, UriKind.Absolute, out var topic) && topic == ours;

    /// <summary>Changes the list under the lock and, when the change says it changed something, writes the file.</summary>
    private async Task<bool> UpdateAsync(Func<Dictionary<string, WebSubSubscription>, bool> change, CancellationToken cancellationToken)
    {
        await _state.WaitAsync(cancellationToken);
        try
        {
            var copy = new Dictionary<string, WebSubSubscription>(_subscriptions, StringComparer.Ordinal);
            if (!change(copy)) return false;
            await WebSubSubscriptionFile.WriteAsync(filePath, [.. copy.Values.OrderBy(s => s.Id, StringComparer.Ordinal)], cancellationToken);
            _subscriptions = copy;
            return true;
        }
        finally
        {
            _state.Release();
        }
    }

    private void Wake()
    {
        try { _wake.Release(); }
        catch (SemaphoreFullException) { }
    }
}
