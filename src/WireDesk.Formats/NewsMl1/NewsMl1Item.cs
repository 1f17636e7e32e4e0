namespace WireDesk.Formats.NewsMl1;

/// <summary>NewsML/NewsItem: identification, management and the root news component.</summary>
public sealed record NewsMl1Item(NewsMl1Identifier Identifier, NewsMl1Management Management, NewsMl1Component? Component);
