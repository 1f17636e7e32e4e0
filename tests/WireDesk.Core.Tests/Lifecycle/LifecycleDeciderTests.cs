using System.Text.RegularExpressions;
using WireDesk.Core.Duplicates;
using WireDesk.Core.Lifecycle;
using WireDesk.Core.Policy;
using WireDesk.Core.Publishing;
using WireDesk.Core.Stories;

namespace WireDesk.Core.Tests.Lifecycle;

public class LifecycleDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 9, 12, 0, 0, TimeSpan.Zero);
    private static readonly SourcePolicy Policy = SourcePolicy.Default("ani");

    private static Story Copy(int? version = 1, string headline = "Ferry service resumes", string body = "OSLO, March 3 (Reuters) - The ferry ran.",
        PubStatus status = PubStatus.Usable, DateTimeOffset? created = null) => new()
    {
        Source = "ani", Guid = "urn:test:1", Version = version, Headline = headline, Agency = "ANI",
        Body = new StoryBody([body], $"<p>{body}</p>"), ContentHash = body.GetHashCode().ToString(), PubStatus = status,
        FirstCreated = Now.AddHours(-2), VersionCreated = created ?? Now.AddHours(-2),
    };

    private static LifecycleDecision Decide(Story story, StoredStory? existing = null, SourcePolicy? policy = null, DuplicateMatch? duplicate = null,
        IReadOnlyList<StoredVersion>? versions = null, DateTimeOffset? now = null) =>
        LifecycleDecider.Decide(new IncomingStory(story, policy ?? Policy, existing, versions ?? [], duplicate, 7, now ?? Now, now ?? Now));

    private static StoredStory Stored(LifecycleDecision decision, long id = 42) =>
        decision.Change!.Story with { Id = id, CurrentVersionId = decision.Change.Version?.MakeCurrent == true ? 1 : decision.Change.Story.CurrentVersionId };

    private static IReadOnlyList<StoredVersion> Versions(params Story[] stories) =>
        [.. stories.Select((s, i) => new StoredVersion(i + 1, 42, s.Version, s.VersionCreated, i + 1, s.ContentHash, s, 7, Now))];

    [Fact]
    public void A_new_story_is_published_with_the_agency_first_created_time_and_a_slug_from_its_headline()
    {
        var decision = Decide(Copy());
        Assert.Equal(Outcome.Published, decision.Outcome);
        var story = decision.Change!.Story;
        Assert.Equal(StoryState.Published, story.State);
        Assert.Equal("ferry-service-resumes", story.Slug);
        Assert.Equal(Now.AddHours(-2), story.PublishedAt);
        Assert.Equal(story.PublishedAt, story.ModifiedAt);
        Assert.True(decision.Change.Version!.MakeCurrent);
    }

    [Fact]
    public void An_update_keeps_the_url_and_published_time_and_moves_the_modified_time()
    {
        var first = Stored(Decide(Copy()));
        var update = Copy(version: 2, headline: "Ferry service resumes after storm", body: "OSLO, March 3 (Reuters) - The ferry ran again.", created: Now.AddMinutes(-5));
        var decision = Decide(update, first, versions: Versions(first.Current));
        Assert.Equal(Outcome.Updated, decision.Outcome);
        var story = decision.Change!.Story;
        Assert.Equal(first.Slug, story.Slug);
        Assert.Equal(first.PublishedAt, story.PublishedAt);
        Assert.Equal(Now.AddMinutes(-5), story.ModifiedAt);
        Assert.Same(update, story.Current);
    }

    [Fact]
    public void An_older_version_arriving_late_is_stored_but_never_shown()
    {
        var v3 = Stored(Decide(Copy(version: 3, body: "three")));
        var decision = Decide(Copy(version: 2, body: "two"), v3, versions: Versions(v3.Current));
        Assert.Equal(Outcome.StoredOnly, decision.Outcome);
        Assert.False(decision.Change!.Version!.MakeCurrent);
        Assert.Equal("three", decision.Change.Story.Current.Body.Paragraphs[0]);
    }

    [Fact]
    public void A_retransmission_of_the_same_version_changes_nothing()
    {
        var first = Stored(Decide(Copy()));
        var decision = Decide(Copy(), first, versions: Versions(first.Current));
        Assert.Equal(Outcome.Retransmission, decision.Outcome);
        Assert.Null(decision.Change);
    }

    [Fact]
    public void The_same_content_without_a_version_number_is_a_retransmission_too()
    {
        var first = Stored(Decide(Copy(version: null)));
        var decision = Decide(Copy(version: null), first, versions: Versions(first.Current));
        Assert.Equal(Outcome.Retransmission, decision.Outcome);
    }

    [Fact]
    public void A_withheld_story_comes_back_at_the_same_url_when_a_usable_version_arrives()
    {
        var first = Stored(Decide(Copy()));
        var withheld = Decide(Copy(version: 2, status: PubStatus.Withheld), first, versions: Versions(first.Current));
        Assert.Equal(Outcome.Withheld, withheld.Outcome);
        var down = Stored(withheld);
        Assert.Equal(ReaderOutcome.NotFound, Visibility.OutcomeFor(down, Now));

        var back = Decide(Copy(version: 3, body: "OSLO, March 3 (Reuters) - Cleared."), down, versions: Versions(first.Current));
        Assert.Equal(Outcome.Updated, back.Outcome);
        Assert.Equal(StoryState.Published, back.Change!.Story.State);
        Assert.Equal(first.Slug, back.Change.Story.Slug);
    }

    [Fact]
    public void A_killed_story_is_gone_and_a_later_copy_of_the_same_guid_never_revives_it()
    {
        var first = Stored(Decide(Copy()));
        var kill = Decide(Copy(version: 2, status: PubStatus.Canceled, body: "KILL"), first, versions: Versions(first.Current));
        Assert.Equal(Outcome.Killed, kill.Outcome);
        var dead = Stored(kill);
        Assert.Equal(ReaderOutcome.Gone, Visibility.OutcomeFor(dead, Now));

        var later = Decide(Copy(version: 3, body: "OSLO, March 3 (Reuters) - Again."), dead, versions: Versions(first.Current));
        Assert.Equal(Outcome.StoredOnly, later.Outcome);
        Assert.Equal(StoryState.Killed, later.Change!.Story.State);
    }

    [Fact]
    public void An_embargoed_story_is_invisible_until_its_instant()
    {
        var decision = Decide(Copy() with { Embargo = new Embargo(Now.AddHours(1)) });
        Assert.Equal(Outcome.Embargoed, decision.Outcome);
        var story = Stored(decision);
        Assert.Equal(ReaderOutcome.NotFound, Visibility.OutcomeFor(story, Now));
        Assert.Equal(ReaderOutcome.Visible, Visibility.OutcomeFor(story, Now.AddHours(1)));
        Assert.Equal(Now.AddHours(1), story.PublishedAt);
    }

    [Fact]
    public void An_embargo_with_no_time_holds_the_story_until_an_editor_releases_it()
    {
        var decision = Decide(Copy() with { Embargo = new Embargo(null) });
        Assert.Equal(Outcome.Held, decision.Outcome);
        Assert.Contains("no time", decision.Reason);
    }

    [Fact]
    public void A_story_without_a_headline_is_held_with_its_reason_and_no_placeholder()
    {
        var decision = Decide(Copy(headline: ""));
        Assert.Equal(Outcome.Held, decision.Outcome);
        Assert.Equal("no headline", decision.Reason);
        Assert.Equal("", decision.Change!.Story.Current.Headline);
    }

    [Fact]
    public void Policy_rules_hold_by_keyword_and_drop_by_category_first_match_winning()
    {
        var policy = Policy with
        {
            Rules =
            [
                new PolicyRule { Name = "hold-riots", Action = PolicyAction.Hold, HeadlinePattern = new Regex("riot", RegexOptions.IgnoreCase) },
                new PolicyRule { Name = "no-horoscopes", Action = PolicyAction.Drop, Subjects = ["horoscope"] },
                new PolicyRule { Name = "sport", Section = "Sports", Keywords = ["cricket"] },
            ],
        };
        var held = Decide(Copy(headline: "Riot in the old city"), policy: policy);
        Assert.Equal(Outcome.Held, held.Outcome);
        Assert.Contains("policy:hold-riots", held.Reason);

        var dropped = Decide(Copy() with { Subjects = [new Subject(null, "Horoscope", null)] }, policy: policy);
        Assert.Equal(Outcome.Dropped, dropped.Outcome);

        var sport = Decide(Copy() with { Keywords = ["Cricket"] }, policy: policy);
        Assert.Equal(Outcome.Published, sport.Outcome);
        Assert.Equal("Sports", sport.Change!.Story.Section);
        Assert.Equal(policy.DefaultSection, Decide(Copy(), policy: policy).Change!.Story.Section);
    }

    [Fact]
    public void A_duplicate_joins_its_cluster_and_is_held_when_the_source_publishes_only_the_first_copy()
    {
        var duplicate = new DuplicateMatch(5, 5, 0.9);
        Assert.Equal(5, Decide(Copy(), duplicate: duplicate).Change!.Story.ClusterId);
        var first = Decide(Copy(), policy: Policy with { Duplicates = DuplicateMode.PublishFirst }, duplicate: duplicate);
        Assert.Equal(Outcome.Held, first.Outcome);
        Assert.Contains("also reported by ANI", first.Reason);
    }
}
