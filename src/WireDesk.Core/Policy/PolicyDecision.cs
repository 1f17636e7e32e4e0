namespace WireDesk.Core.Policy;

/// <summary>What a source's policy decided for a story, and which rule decided it (null for the defaults).</summary>
public sealed record PolicyDecision(PolicyAction Action, string Section, string? Rule)
{
    public string Actor => Rule is null ? "policy:default" : $"policy:{Rule}";
}
