using WireDesk.Core.Stories;

namespace WireDesk.Core.Lifecycle;

/// <summary>
/// Orders versions of one story: by version number, then versionCreated; a story lacking both is newer by arrival
/// (PRODUCT.md §4, "ordering falls back to versionCreated, then arrival").
/// </summary>
public static class VersionOrder
{
    public static bool IsOlderThan(Story incoming, Story current)
    {
        if (incoming.Version is { } a && current.Version is { } b && a != b) return a < b;
        if (incoming.VersionCreated is { } x && current.VersionCreated is { } y && x != y) return x < y;
        return false;
    }

    /// <summary>Same guid and version, or the same content under the same status and headline.</summary>
    public static bool IsRetransmission(Story incoming, IEnumerable<Story> stored) =>
        stored.Any(s =>
            (incoming.Version is { } v && s.Version == v && s.PubStatus == incoming.PubStatus)
            || (incoming.ContentHash.Length > 0 && s.ContentHash == incoming.ContentHash
                && s.PubStatus == incoming.PubStatus && s.Headline == incoming.Headline
                && s.Embargo == incoming.Embargo && s.Signals == incoming.Signals));
}
