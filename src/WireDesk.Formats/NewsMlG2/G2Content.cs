namespace WireDesk.Formats.NewsMlG2;

/// <summary>One child of contentSet: inline XML, inline data or a reference to remote content.</summary>
public abstract record G2Content(string? ContentType);
