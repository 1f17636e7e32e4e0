using System.Security.Cryptography;
using WireDesk.Core.Inbox;
using WireDesk.Core.Ports;
using WireDesk.Core.Push;
using WireDesk.Core.Stories;
using WireDesk.Formats;
using WireDesk.Ingest.Health;
using WireDesk.Ingest.Inbox;
using WireDesk.Ingest.Sources;

namespace WireDesk.Ingest.Push;

/// <summary>
/// <see cref="IPushIntake"/>: source checks, credentials, content recognition, then a commit to the inbox and a
/// wake-up for the worker. An Idempotency-Key (or, without one, the signature itself, so a captured request replayed
/// inside the window is the same delivery) makes a retry return the first receipt.
/// </summary>
public sealed class PushIntake(
    SourceCatalog sources,
    IInbox inbox,
    InboxSignal signal,
    PushCredentials credentials,
    ContentRecognizer recognizer,
    TimeProvider time,
    PushOptions options,
    IngestMetrics? metrics = null) : IPushIntake
{
    public PushAdmission Admit(string source)
    {
        if (sources.Find(source) is not { } definition)
            return new PushAdmission(PushStatus.UnknownSource, 0, $"no source named '{source}'");
        if (!string.Equals(definition.Transport, "push", StringComparison.OrdinalIgnoreCase))
            return new PushAdmission(PushStatus.Forbidden, 0, $"source '{definition.Name}' does not take pushes (transport {definition.Transport})");
        if (definition.Paused)
            return new PushAdmission(PushStatus.Forbidden, 0, $"source '{definition.Name}' is paused");
        return new PushAdmission(PushStatus.Accepted, options.MaxBodyBytes, "");
    }

    public async Task<PushResult> AcceptAsync(PushRequest request, CancellationToken cancellationToken)
    {
        var admission = Admit(request.Source);
        if (!admission.Admitted)
            return Refuse(admission.Status == PushStatus.UnknownSource ? "(unknown)" : request.Source, admission.Status, admission.Message);
        var definition = sources.Find(request.Source)!;
        if (request.Body.LongLength > options.MaxBodyBytes)
            return Refuse(definition.Name, PushStatus.TooLarge, $"the body is over {options.MaxBodyBytes} bytes");
        if (credentials.Check(definition, request) is { } why)
            return Refuse(definition.Name, PushStatus.Unauthorized, why);
        if (request.IdempotencyKey is { Length: var length } && length > options.MaxIdempotencyKeyLength)
            return Refuse(definition.Name, PushStatus.Unauthorized, $"Idempotency-Key longer than {options.MaxIdempotencyKeyLength}");
        var name = request.Name ?? $"push-{definition.Name}";
        if (recognizer.Refusal(new SourceDocument(request.Body, request.ContentType, name), definition.Format) is { } unreadable)
            return Refuse(definition.Name, PushStatus.Unsupported, unreadable);

        var raw = new RawDelivery(definition.Name, request.Body, request.ContentType,
            Convert.ToHexStringLower(SHA256.HashData(request.Body)), time.GetUtcNow(), "push", name);
        var key = request.IdempotencyKey is { Length: > 0 } given ? "key:" + given
            : request.Signature is { Length: > 0 } signature ? "sig:" + signature.Trim().ToLowerInvariant() : null;
        var metadata = new Dictionary<string, string>();
        if (request.RemoteAddress is { } remote) metadata["remoteAddress"] = remote;
        if (request.Signature is not null) metadata["auth"] = "hmac";
        else metadata["auth"] = "apiKey";
        var receipt = await inbox.AcceptAsync(new InboxDelivery(raw, key, metadata), null, cancellationToken);
        signal.Notify();
        metrics?.Delivery(definition.Name, receipt.Repeated ? "repeated" : "accepted");
        return new PushResult(PushStatus.Accepted, receipt.DeliveryId, receipt.Repeated,
            receipt.Repeated ? "already received" : "accepted");
    }

    private PushResult Refuse(string source, PushStatus status, string message)
    {
        metrics?.Delivery(source, "rejected");
        return PushResult.Refused(status, message);
    }
}
