namespace WireDesk.Core.Stories;

[Flags]
public enum Signals
{
    None = 0,
    Update = 1,
    Correction = 2,
    Kill = 4,
}
