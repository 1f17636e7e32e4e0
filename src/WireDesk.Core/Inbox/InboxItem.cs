using WireDesk.Core.Stories;

namespace WireDesk.Core.Inbox;

/// <summary>A claimed delivery: its id, its raw bytes, and how many times it has been claimed (this one included).</summary>
public sealed record InboxItem(long Id, RawDelivery Raw, int Attempts);
