using WireDesk.Core.Desk;

namespace WireDesk.Core.Tests.Desk;

public class ParagraphDiffTests
{
    [Fact]
    public void An_agency_write_through_shows_kept_changed_added_and_removed_paragraphs_in_reading_order()
    {
        string[] older = ["Lead paragraph.", "Two dead in the blast.", "Police are at the scene.", "An old quote."];
        string[] newer = ["Lead paragraph.", "Four dead in the blast.", "Police are at the scene.", "A new background paragraph."];

        var rows = ParagraphDiff.Compare(older, newer);

        Assert.Equal(
        [
            new DiffRow(DiffKind.Same, "Lead paragraph.", "Lead paragraph."),
            new DiffRow(DiffKind.Changed, "Two dead in the blast.", "Four dead in the blast."),
            new DiffRow(DiffKind.Same, "Police are at the scene.", "Police are at the scene."),
            new DiffRow(DiffKind.Changed, "An old quote.", "A new background paragraph."),
        ], rows);
    }

    [Fact]
    public void Paragraphs_only_added_or_only_removed_stand_alone()
    {
        var added = ParagraphDiff.Compare(["A.", "C."], ["A.", "B.", "C.", "D."]);
        var removed = ParagraphDiff.Compare(["A.", "B.", "C."], ["C."]);

        Assert.Equal([DiffKind.Same, DiffKind.Added, DiffKind.Same, DiffKind.Added], added.Select(r => r.Kind));
        Assert.Equal("B.", added[1].Newer);
        Assert.Null(added[1].Older);
        Assert.Equal([DiffKind.Removed, DiffKind.Removed, DiffKind.Same], removed.Select(r => r.Kind));
        Assert.Empty(ParagraphDiff.Compare([], []));
    }

    [Fact]
    public void The_words_that_differ_in_a_changed_paragraph_are_marked_and_the_segments_give_both_texts_back()
    {
        const string older = "Two people died in the blast on Friday, police said.";
        const string newer = "Four people died in the blast on Friday night, police said.";

        var segments = ParagraphDiff.Words(older, newer);

        Assert.Equal(older, string.Concat(segments.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
        Assert.Equal(newer, string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
        Assert.Equal(["Two "], segments.Where(s => s.Kind == DiffKind.Removed).Select(s => s.Text).Take(1));
        Assert.Contains(segments, s => s.Kind == DiffKind.Added && s.Text.Contains("night", StringComparison.Ordinal));
        Assert.Contains(segments, s => s.Kind == DiffKind.Same && s.Text == "people died in the blast on ");
    }
}
