namespace WireDesk.Formats.Syndication;

/// <summary>An entry that was read, or where and why one could not be; keeps its place in document order.</summary>
internal sealed record EntryOrError<TEntry>(TEntry? Entry, ParseError? Error)
    where TEntry : class;
