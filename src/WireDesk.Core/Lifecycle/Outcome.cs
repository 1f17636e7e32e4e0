namespace WireDesk.Core.Lifecycle;

/// <summary>What ingesting one story did, as <c>wiredesk ingest</c> reports it.</summary>
public enum Outcome
{
    Published,
    Updated,
    Held,
    Embargoed,
    Withheld,
    Killed,
    Dropped,
    /// <summary>An older version arriving late: stored for the record, never shown.</summary>
    StoredOnly,
    /// <summary>The same guid and version, or the same content, again: nothing changed.</summary>
    Retransmission,
}
