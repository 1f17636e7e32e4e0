using WireDesk.Core.Duplicates;

namespace WireDesk.Ingest.Pipeline;

/// <summary>
/// What a batch applied in one transaction holds back until it commits: announcements (a reader told of a story
/// before its commit would find nothing) and additions to the duplicate index (ids of a rolled-back batch must not
/// become anyone's cluster). Stories saved earlier in the batch are matched through <see cref="Pending"/>.
/// </summary>
internal sealed class BatchScope
{
    public DuplicateIndex Pending { get; } = new();

    public List<Action> AfterCommit { get; } = [];
}
