using WireDesk.Core.Ports;

namespace WireDesk.Core.Lifecycle;

/// <summary>The decision for one incoming story: its outcome, why, and the change to write (none for a retransmission).</summary>
public sealed record LifecycleDecision(Outcome Outcome, string Reason, StoryChange? Change);
