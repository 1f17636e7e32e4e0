using System.Text;

namespace WireDesk.Formats.Text;

/// <summary>Encodings by name, with the code pages of legacy agency copy (windows-1252, ISO-8859-x, Big5 ...) registered once.</summary>
internal static class Encodings
{
    // Field initializers run in textual order: the provider must be registered before the lookups below.
    private static readonly bool CodePagesRegistered = RegisterCodePages();

    public static Encoding Windows1252 { get; } = Encoding.GetEncoding(1252);

    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(false, true);

    public static Encoding? Lookup(string name)
    {
        var trimmed = name.Trim();
        // Nearly every document declares UTF-8, which needs no code page tables: not even the time to load them.
        if (trimmed.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) return Encoding.UTF8;
        _ = CodePagesRegistered;
        try
        {
            return Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }
}
