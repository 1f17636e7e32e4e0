using WireDesk.Core.Stories;

namespace WireDesk.Core.Inbox;

/// <summary>
/// A delivery offered to the inbox: the raw bytes and receipt, the key that makes a retry by the sender the same
/// delivery (an Idempotency-Key header, a file's name+size+hash), and what the transport knew (headers, address, URL).
/// </summary>
public sealed record InboxDelivery(RawDelivery Raw, string? IdempotencyKey, IReadOnlyDictionary<string, string> Metadata)
{
    public InboxDelivery(RawDelivery raw, string? idempotencyKey = null)
        : this(raw, idempotencyKey, new Dictionary<string, string>()) { }
}
