using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace WireDesk.Web.Rendering;

public static class Html
{
    // Markup characters are escaped; letters of every script stay readable (and short) instead of &#x...; escapes.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    public static string Attr(string? text) => Encoder.Encode(text ?? "");
}
