namespace WireDesk.Formats.NewsMl1;

/// <summary>Identification/NewsIdentifier: ProviderId + DateId + NewsItemId name the item; RevisionId its version.</summary>
public sealed record NewsMl1Identifier
{
    public string? ProviderId { get; init; }
    public string? DateId { get; init; }
    public string? NewsItemId { get; init; }
    public string? RevisionId { get; init; }
    /// <summary>RevisionId/@PreviousRevision: 0 for the first revision.</summary>
    public string? PreviousRevision { get; init; }
    /// <summary>RevisionId/@Update: N (not an update), A (adds to the previous), U (replaces it).</summary>
    public string? Update { get; init; }
    /// <summary>The URN, revision included: urn:newsml:{ProviderId}:{DateId}:{NewsItemId}:{RevisionId}{Update}.</summary>
    public string? PublicIdentifier { get; init; }
}
