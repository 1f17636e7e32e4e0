namespace WireDesk.Formats.Ninjs;

/// <summary>
/// The ninjs major version an item follows. 1.x has flat fields (headline, body_text, byline, renditions as an
/// object); 2.x has arrays (headlines, bodies, descriptions, by) with lower-case names (versioncreated, embargoed);
/// 3.x has the 2.x shape with camelCase names (versionCreated) and embargoedUntil in place of embargoed.
/// </summary>
public enum NinjsGeneration
{
    Unknown = 0,
    V1 = 1,
    V2 = 2,
    V3 = 3,
}
