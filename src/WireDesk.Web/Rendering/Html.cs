using System.Text.Encodings.Web;

namespace WireDesk.Web.Rendering;

public static class Html
{
    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static string Attr(string? text) => HtmlEncoder.Default.Encode(text ?? "");
}
