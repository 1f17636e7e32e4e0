namespace WireDesk.Formats.NewsMlG2;

/// <summary>inlineData: text, possibly base64 (see <see cref="Encoding"/>).</summary>
public sealed record G2InlineData(string? ContentType, string Text, string? Encoding) : G2Content(ContentType);
