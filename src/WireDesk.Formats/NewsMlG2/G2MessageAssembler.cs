using WireDesk.Core.Stories;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.NewsMlG2;

/// <summary>
/// Collects the items of one G2 document and resolves its packages once all are read.
/// </summary>
/// <remarks>
/// A package is not a story of its own: it yields the news items it references that travel in the same
/// message. Its non-text members (pictures, video) become media links on its text members instead of stories;
/// its headline stands in only for a sole text member that has none. Items no package references are stories
/// in their own right. A package none of whose references is in the message yields a parse error: there is
/// nothing to publish from it.
/// </remarks>
public sealed class G2MessageAssembler(string documentName)
{
    private readonly List<Entry> _entries = [];
    private readonly List<(G2PackageItem Package, string Where)> _packages = [];
    private readonly List<ParseError> _errors = [];

    public void AddNewsItem(G2NewsItem item, MappedItem mapped)
    {
        if (mapped.Error is { } error) _errors.Add(error);
        else _entries.Add(new Entry(item, mapped.Story!));
    }

    public void AddPackage(G2PackageItem package, string where) => _packages.Add((package, where));

    public void AddError(ParseError error) => _errors.Add(error);

    public ParseResult Assemble()
    {
        foreach (var (package, where) in _packages) Resolve(package, where);
        var stories = _entries.Where(e => !e.FoldedIntoPackage).Select(e => e.Story).ToList();
        return new ParseResult(stories, _errors);
    }

    private void Resolve(G2PackageItem package, string where)
    {
        var members = package.ItemRefs.Select(r => _entries.FirstOrDefault(e => e.Item.Guid == r)).OfType<Entry>().ToList();
        if (members.Count == 0)
        {
            _errors.Add(new ParseError(where,
                $"packageItem {package.Guid} references {package.ItemRefs.Count} item(s), none of them in {documentName}"));
            return;
        }

        var texts = members.Where(m => m.IsText).ToList();
        var others = members.Where(m => !m.IsText).ToList();
        var missing = package.ItemRefs.Where(r => members.All(m => m.Item.Guid != r)).ToList();
        var packageHeadline = G2TextChoice.Pick(package.ContentMeta.Headlines, package.Lang) ?? package.ItemMeta.Title;

        foreach (var text in texts)
        {
            var warnings = new List<string>(text.Story.Warnings);
            warnings.AddRange(missing.Select(r => $"package {package.Guid}: itemRef {r} is not in this message"));
            var media = new List<MediaLink>(text.Story.Media);
            foreach (var other in others)
            {
                if (other.Story.Media.Count == 0)
                    warnings.Add($"package {package.Guid}: item {other.Item.Guid} ({other.Item.ItemMeta.ItemClass}) has no remote content to link");
                media.AddRange(other.Story.Media.Select(m => m with { Title = m.Title ?? other.Story.Headline, Rel = "package" }));
            }

            var headline = text.Story.Headline;
            if (headline is null && texts.Count == 1 && packageHeadline is not null)
            {
                headline = packageHeadline;
                warnings.Add($"headline taken from package {package.Guid}");
            }
            text.Story = text.Story with { Headline = headline, Media = media, Warnings = warnings };
        }

        if (texts.Count > 0)
            foreach (var other in others) other.FoldedIntoPackage = true;
    }

    private sealed class Entry(G2NewsItem item, Story story)
    {
        public G2NewsItem Item { get; } = item;
        public Story Story { get; set; } = story;
        public bool FoldedIntoPackage { get; set; }
        public bool IsText { get; } = item.ItemMeta.ItemClass is not { } itemClass || G2Codes.Is(itemClass, "text");
    }
}
