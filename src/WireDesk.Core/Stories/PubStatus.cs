namespace WireDesk.Core.Stories;

public enum PubStatus
{
    Usable,
    Withheld,
    Canceled,
}
