namespace WireDesk.Formats.Teletype;

/// <summary>
/// One framed message: the header between SOH and STX, the text between STX and ETX, and what follows ETX
/// up to EOT or the next message (where some senders put the trailer).
/// </summary>
public sealed record WireFrame(int Index, string Header, string Text, string PostText)
{
    /// <summary>False when the message had no ETX: the text ran to the end of the message and may be cut short.</summary>
    public bool Terminated { get; init; } = true;

    /// <summary>False when the message had no STX: header and text could not be told apart by framing.</summary>
    public bool HasStartOfText { get; init; } = true;
}
