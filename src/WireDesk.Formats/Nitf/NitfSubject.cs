namespace WireDesk.Formats.Nitf;

/// <summary>tobject.subject: an IPTC subject reference number with its labels.</summary>
public sealed record NitfSubject(string Refnum, string? Ipr, string? Type, string? Matter, string? Detail);
