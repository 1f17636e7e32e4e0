namespace WireDesk.Core.Publishing;

/// <summary>Where a stored story stands on the site, whatever the agency's pubStatus of its newest version.</summary>
public enum StoryState
{
    /// <summary>Live on every surface (subject to <see cref="StoredStory.EmbargoUntil"/>).</summary>
    Published,
    /// <summary>Waiting for an editor: a policy rule, an open-ended embargo, or copy that cannot be published.</summary>
    Held,
    /// <summary>Taken down reversibly by the agency or an editor: 404 with noindex until a usable version arrives.</summary>
    Withheld,
    /// <summary>Killed or canceled: 410 for ever; never revived by a later copy of the same guid.</summary>
    Killed,
    /// <summary>Dropped by policy: stored for the record, never shown.</summary>
    Dropped,
}
