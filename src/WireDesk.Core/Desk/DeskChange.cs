namespace WireDesk.Core.Desk;

/// <summary>A change on the desk that is not about a story: a source paused or its policy edited, an account added.</summary>
public sealed record DeskChange(DateTimeOffset At, string Actor, string Action, string Subject, string? Detail)
{
    public long Id { get; init; }
}
