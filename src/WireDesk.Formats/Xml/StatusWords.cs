using WireDesk.Core.Stories;

namespace WireDesk.Formats.Xml;

/// <summary>The management-status words NITF, NewsML 1 and the G2 pubStatus codes share.</summary>
public static class StatusWords
{
    /// <summary>usable, withheld, canceled (and "cancelled", "embargoed" as usable-but-held); null when unknown.</summary>
    public static PubStatus? ToPubStatus(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "usable" or "embargoed" => PubStatus.Usable,
        "withheld" => PubStatus.Withheld,
        "canceled" or "cancelled" => PubStatus.Canceled,
        _ => null,
    };

    public static bool IsEmbargoed(string? word) => string.Equals(word?.Trim(), "embargoed", StringComparison.OrdinalIgnoreCase);
}
