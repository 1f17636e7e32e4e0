namespace WireDesk.Formats.Syndication;

/// <summary>Feed XML made readable without a DTD, each recovery from XML that was not well-formed ("bozo: ..."),
/// and warnings for fixes to XML that was well-formed but meant something else.</summary>
internal sealed record RepairedXml(string Text, IReadOnlyList<string> Recoveries, IReadOnlyList<string> Warnings);
