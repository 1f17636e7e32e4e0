namespace WireDesk.Formats.Anpa;

/// <summary>
/// The AP trailer line, e.g. <c>AP-NY-01-09-26 1555EST</c>: agency, desk, MM-DD-YY and HHMM with an optional zone.
/// <see cref="DateText"/> is that moment written so <see cref="Text.WireDateParser"/> reads it ("09 Jan 2026 15:55 EST").
/// </summary>
public sealed record AnpaTrailer(string Raw, string Agency, string Desk, int Month, int Day, string DateText);
