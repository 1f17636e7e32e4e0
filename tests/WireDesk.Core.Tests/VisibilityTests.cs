using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;

namespace WireDesk.Core.Tests;

public class VisibilityTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 9, 10, 0, 0, TimeSpan.Zero);

    private static StoredStory Stored(StoryState state, DateTimeOffset? embargoUntil = null) => new()
    {
        Id = 1, Source = "ani", Guid = "g", Slug = "s", State = state, EmbargoUntil = embargoUntil,
        Current = new Story { Source = "ani", Guid = "g", Headline = "H" },
    };

    [Fact]
    public void A_published_story_without_embargo_is_visible() =>
        Assert.Equal(ReaderOutcome.Visible, Visibility.OutcomeFor(Stored(StoryState.Published), Now));

    [Fact]
    public void An_embargoed_story_is_hidden_until_its_instant_and_visible_from_it()
    {
        var story = Stored(StoryState.Published, Now.AddMinutes(5));
        Assert.Equal(ReaderOutcome.NotFound, Visibility.OutcomeFor(story, Now));
        Assert.Equal(ReaderOutcome.Visible, Visibility.OutcomeFor(story, Now.AddMinutes(5)));
    }

    [Theory]
    [InlineData(StoryState.Held, ReaderOutcome.NotFound)]
    [InlineData(StoryState.Withheld, ReaderOutcome.NotFound)]
    [InlineData(StoryState.Dropped, ReaderOutcome.NotFound)]
    [InlineData(StoryState.Killed, ReaderOutcome.Gone)]
    public void Stories_not_published_are_not_shown(StoryState state, ReaderOutcome expected) =>
        Assert.Equal(expected, Visibility.OutcomeFor(Stored(state), Now));
}
