using WireDesk.Core.Stories;
using WireDesk.Formats.Nitf;

namespace WireDesk.Formats.Xml;

/// <summary>A body carried inside an envelope format, and the NITF document it came in, if it came as NITF.</summary>
public sealed record EmbeddedBody(StoryBody Body, NitfDocument? Nitf)
{
    public static EmbeddedBody Empty { get; } = new(StoryBody.Empty, null);
}
