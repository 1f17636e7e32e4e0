namespace WireDesk.Core.Inbox;

public sealed record InboxDepth(long Pending, long Failed);
