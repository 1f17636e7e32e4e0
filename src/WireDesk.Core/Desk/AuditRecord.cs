using WireDesk.Core.Publishing;

namespace WireDesk.Core.Desk;

/// <summary>An audit entry as the desk lists it: with its row id and the story's headline and source now.</summary>
public sealed record AuditRecord(long Id, AuditEntry Entry, string Source, string Headline, int? AgencyVersion);
