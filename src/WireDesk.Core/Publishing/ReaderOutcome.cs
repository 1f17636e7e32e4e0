namespace WireDesk.Core.Publishing;

public enum ReaderOutcome
{
    Visible,
    NotFound,
    Gone,
}
