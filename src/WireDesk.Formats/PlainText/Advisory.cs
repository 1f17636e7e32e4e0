namespace WireDesk.Formats.PlainText;

/// <summary>An in-band line for editors, not for readers: an embargo, a kill, or an editors' note.</summary>
internal sealed record Advisory(AdvisoryKind Kind, string Line, string? Rest);
