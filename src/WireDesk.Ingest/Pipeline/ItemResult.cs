using WireDesk.Core.Lifecycle;
using WireDesk.Core.Publishing;

namespace WireDesk.Ingest.Pipeline;

/// <summary>What happened to one story of a delivery.</summary>
public sealed record ItemResult(Outcome Outcome, StoredStory? Story, string Reason);
