namespace WireDesk.Formats.Nitf;

/// <summary>du-key: the dynamic-use key grouping the versions of one story.</summary>
public sealed record NitfDuKey(string? Key, string? Version, string? Generation, string? Part);
