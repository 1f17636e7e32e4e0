namespace WireDesk.Core.Inbox;

/// <summary>
/// What the inbox answers on accept: the delivery id (the receipt id given to the sender), whether this was a repeat
/// of one already held, that delivery's status, and whether the caller holds its claim.
/// </summary>
public sealed record InboxReceipt(long DeliveryId, bool Repeated, InboxStatus Status, bool Claimed);
