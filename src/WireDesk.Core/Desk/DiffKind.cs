namespace WireDesk.Core.Desk;

public enum DiffKind
{
    Same,
    Changed,
    Removed,
    Added,
}
