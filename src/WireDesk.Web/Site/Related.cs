using WireDesk.Core.Publishing;

namespace WireDesk.Web.Site;

/// <summary>
/// Stories shown beside an article: the other agencies' copies of the same event (its duplicate cluster) and other
/// stories datelined from the same place, and the latest stories for the side rail. Both already passed the "visible now" rule.
/// </summary>
public sealed record Related(IReadOnlyList<StoredStory> SameCluster, IReadOnlyList<StoredStory> SamePlace, IReadOnlyList<StoredStory> Latest)
{
    public static Related None { get; } = new([], [], []);
}
