namespace WireDesk.Core.Policy;

public enum PolicyAction
{
    Publish,
    Hold,
    Drop,
}
