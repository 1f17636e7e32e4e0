namespace WireDesk.Formats.Iptc7901;

/// <summary>
/// The date-time group closing an IPTC 7901 message, e.g. <c>091555 Jan 26</c> (day, hour, minute; month; year),
/// optionally with a zone (<c>091555 GMT Jan 26</c>, <c>091555Z JAN 26</c>). <see cref="DateText"/> is that moment
/// written so <see cref="Text.WireDateParser"/> reads it; without a zone it is read in the source's zone.
/// </summary>
public sealed record Iptc7901Trailer(string Raw, int Month, int Day, string DateText);
