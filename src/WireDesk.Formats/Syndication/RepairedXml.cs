namespace WireDesk.Formats.Syndication;

/// <summary>Feed XML made readable without a DTD, and each recovery that took ("bozo: ...").</summary>
internal sealed record RepairedXml(string Text, IReadOnlyList<string> Recoveries);
