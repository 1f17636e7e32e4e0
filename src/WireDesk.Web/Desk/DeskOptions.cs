namespace WireDesk.Web.Desk;

/// <summary>How the desk's live stream paces itself.</summary>
public sealed record DeskOptions
{
    /// <summary>How often the stream looks for newly held stories (they raise no reader event).</summary>
    public TimeSpan HeldPoll { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often an idle stream sends a comment, so proxies keep it open.</summary>
    public TimeSpan Heartbeat { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a desk session lasts without activity (the cookie slides while the editor works).</summary>
    public TimeSpan SessionIdle { get; init; } = TimeSpan.FromHours(10);
}
