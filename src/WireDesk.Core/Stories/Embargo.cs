namespace WireDesk.Core.Stories;

/// <summary>An embargo. <see cref="Until"/> null means "embargoed with no time": hold until an editor releases it.</summary>
public sealed record Embargo(DateTimeOffset? Until)
{
    public bool IsOpenEnded => Until is null;

    public bool Holds(DateTimeOffset now) => Until is not { } until || now < until;
}
