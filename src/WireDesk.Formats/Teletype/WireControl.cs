namespace WireDesk.Formats.Teletype;

/// <summary>The C0 control characters that frame teletype-era wire messages (ANPA-1312, IPTC 7901).</summary>
public static class WireControl
{
    public const char Soh = '\u0001';
    public const char Stx = '\u0002';
    public const char Etx = '\u0003';
    public const char Eot = '\u0004';
    public const char Syn = '\u0016';

    /// <summary>Field separators some senders put inside the header line (US, DC1-DC4); read as spaces.</summary>
    public static bool IsHeaderSeparator(char c) => c is '\u001F' or >= '\u0011' and <= '\u0014';
}
