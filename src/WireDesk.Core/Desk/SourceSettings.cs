namespace WireDesk.Core.Desk;

/// <summary>One configured source as the desk shows it; <see cref="PolicyJson"/> is its policy as the sources file writes it.</summary>
public sealed record SourceSettings(
    string Name,
    string? Agency,
    string Transport,
    string TimeZone,
    bool Paused,
    int IdleMinutes,
    string Disclaimer,
    string PolicyJson);
