using WireDesk.Core.Stories;
using WireDesk.Formats.Nitf;

namespace WireDesk.Formats.NewsMlG2;

/// <summary>What a contentSet gave: the body, the NITF document when the body came as NITF, and remote renditions.</summary>
public sealed record G2Body(StoryBody Body, NitfDocument? Nitf, IReadOnlyList<MediaLink> Media);
