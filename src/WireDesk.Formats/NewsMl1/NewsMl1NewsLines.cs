namespace WireDesk.Formats.NewsMl1;

/// <summary>NewsComponent/NewsLines: the human-readable lines of the item.</summary>
public sealed record NewsMl1NewsLines
{
    public string? HeadLine { get; init; }
    public string? SubHeadLine { get; init; }
    public string? ByLine { get; init; }
    public string? DateLine { get; init; }
    public string? CreditLine { get; init; }
    public string? SlugLine { get; init; }
    public IReadOnlyList<string> KeywordLines { get; init; } = [];
}
