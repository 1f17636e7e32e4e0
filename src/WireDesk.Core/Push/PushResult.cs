namespace WireDesk.Core.Push;

/// <summary>The answer to a push: its status, the receipt (delivery) id when accepted, and a message for the sender.</summary>
public sealed record PushResult(PushStatus Status, long? ReceiptId, bool Repeated, string Message)
{
    public static PushResult Refused(PushStatus status, string message) => new(status, null, false, message);
}
