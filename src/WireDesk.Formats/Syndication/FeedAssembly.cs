using WireDesk.Core.Stories;

namespace WireDesk.Formats.Syndication;

/// <summary>Turns a read feed into stories: one per entry, one error per broken entry, each entry on its own so a
/// bad one never takes the rest down.</summary>
internal static class FeedAssembly
{
    public static SyndicationResult Assemble<TEntry>(
        DecodedDocument document,
        ParseContext context,
        string format,
        FeedHead head,
        IReadOnlyList<EntryOrError<TEntry>> entries,
        IReadOnlyList<string> recoveries,
        Func<TEntry, EntryDraft> toDraft,
        IReadOnlyList<string>? headWarnings = null,
        IReadOnlyList<ParseError>? feedErrors = null)
        where TEntry : class
    {
        var shared = new List<string>(document.Warnings.Count + recoveries.Count);
        shared.AddRange(document.Warnings);
        shared.AddRange(recoveries);
        if (headWarnings is not null) shared.AddRange(headWarnings);
        var composition = new FeedComposition(context, format, document.Encoding, head.Title, shared);

        var stories = new List<Story>(entries.Count);
        var errors = new List<ParseError>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (entry, error) = entries[i];
            if (entry is null)
            {
                if (error is not null) errors.Add(error);
                continue;
            }

            try
            {
                stories.Add(StoryComposer.Compose(toDraft(entry), composition));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Isolation: whatever one entry's content does to a library below, the feed's other entries stand.
                errors.Add(new ParseError($"entry {i + 1}", $"{ex.GetType().Name}: {ex.Message}"));
            }
        }

        if (feedErrors is not null) errors.AddRange(feedErrors);
        return new SyndicationResult(head, new ParseResult(stories, errors), recoveries);
    }

    public static SyndicationResult Failed(string version, ParseError error) =>
        new(new FeedHead(version), new ParseResult([], [error]), [$"bozo: {error.Message}"]);
}
