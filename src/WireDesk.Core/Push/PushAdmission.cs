namespace WireDesk.Core.Push;

/// <summary>Whether a push to a source may proceed to reading its body, and the most bytes that body may have.</summary>
public sealed record PushAdmission(PushStatus Status, long MaxBodyBytes, string Message)
{
    public bool Admitted => Status == PushStatus.Accepted;
}
