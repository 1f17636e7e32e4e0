namespace WireDesk.Core.Stories;

public sealed record Subject(string? Code, string? Name, string? Scheme);
