using System.Text;
using System.Xml;

namespace WireDesk.Web.Seo;

/// <summary>XML written as UTF-8 bytes (no BOM), whatever the writer's defaults.</summary>
public static class Xml
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = Utf8, Indent = true }))
            write(writer);
        return buffer.ToArray();
    }
}
