namespace WireDesk.Core.Inbox;

public enum InboxStatus
{
    Pending,
    Done,
    Failed,
}
