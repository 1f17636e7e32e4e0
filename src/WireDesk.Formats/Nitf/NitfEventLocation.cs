namespace WireDesk.Formats.Nitf;

/// <summary>docdata/evloc: where the event took place.</summary>
public sealed record NitfEventLocation(string? City, string? CountyDistrict, string? StateProvince, string? IsoCountryCode);
