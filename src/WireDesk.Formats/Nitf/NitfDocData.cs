namespace WireDesk.Formats.Nitf;

/// <summary>head/docdata: document identity, management status, dates (as sent, ISO 8601 basic) and notes.</summary>
public sealed record NitfDocData
{
    public string? DocId { get; init; }
    /// <summary>doc-id/@regsrc: the registering source.</summary>
    public string? DocIdSource { get; init; }
    /// <summary>@management-status: usable, embargoed, withheld or canceled.</summary>
    public string? ManagementStatus { get; init; }
    /// <summary>@management-doc-idref: the document a management notice is about.</summary>
    public string? ManagementDocIdRef { get; init; }
    /// <summary>@management-idref-status: the new status of <see cref="ManagementDocIdRef"/>.</summary>
    public string? ManagementIdRefStatus { get; init; }
    /// <summary>urgency/@ed-urg: 1 most, 5 normal, 8 least.</summary>
    public string? Urgency { get; init; }
    public string? DateIssue { get; init; }
    public string? DateRelease { get; init; }
    public string? DateExpire { get; init; }
    public NitfDuKey? DuKey { get; init; }
    public IReadOnlyList<NitfCorrection> Corrections { get; init; } = [];
    /// <summary>ed-msg/@info: non-publishable messages to editors.</summary>
    public IReadOnlyList<string> EditorialMessages { get; init; } = [];
    public IReadOnlyList<NitfEventLocation> EventLocations { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? CopyrightHolder { get; init; }
}
