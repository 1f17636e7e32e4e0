namespace WireDesk.Core.Policy;

/// <summary>What to do with a story that another agency already reported.</summary>
public enum DuplicateMode
{
    /// <summary>Publish every agency's copy; pages link them as one cluster.</summary>
    PublishAll,
    /// <summary>Publish the first copy; later copies are held and listed on it as "Also reported by".</summary>
    PublishFirst,
}
