namespace WireDesk.Core.Ports;

/// <summary>
/// A new story was saved for a (source, guid) the store already holds, e.g. when two nodes take the first copy
/// of a story at once. The caller finds the stored story and saves its change as a new version of it.
/// </summary>
public sealed class StoryAlreadyExistsException(string source, string guid, Exception? inner = null)
    : Exception($"a story with guid '{guid}' from source '{source}' is already stored", inner)
{
    public string StorySource { get; } = source;
    public string StoryGuid { get; } = guid;
}
