namespace WireDesk.Core.Inbox;

/// <summary>Who takes deliveries, and until when the taken ones are theirs before others may take them again.</summary>
public sealed record InboxClaim(string Owner, DateTimeOffset Now, TimeSpan Lease)
{
    public DateTimeOffset Until => Now + Lease;
}
