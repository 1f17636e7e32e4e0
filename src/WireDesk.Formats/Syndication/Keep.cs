namespace WireDesk.Formats.Syndication;

/// <summary>
/// "The first value wins", for readers. <c>field ??= Read(reader)</c> would skip the read when the field is
/// set, leaving the reader on a duplicate element forever; passing both values to a method always reads.
/// </summary>
internal static class Keep
{
    public static T? First<T>(T? existing, T? next)
        where T : class => existing ?? next;
}
