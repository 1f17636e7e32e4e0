namespace WireDesk.Formats.PlainText;

internal enum AdvisoryKind
{
    Embargo,
    Kill,
    EditorsNote,
}
