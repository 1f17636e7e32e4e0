using WireDesk.Core.Duplicates;
using WireDesk.Core.Stories;

namespace WireDesk.Core.Tests.Duplicates;

public class DuplicateIndexTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private const string Original =
        "The state government on Tuesday approved a new solar park spread over 400 acres near the coast, officials said. " +
        "The project is expected to produce 250 megawatts of power and create about 1,200 jobs in the district over the next three years. " +
        "Work on the first phase will begin in April, the energy minister told reporters after the cabinet meeting.";

    private const string Rewritten =
        "The state government on Tuesday approved a new solar park spread over 400 acres near the coast, officials said on Tuesday. " +
        "The project is expected to produce 250 megawatts of power and create about 1,200 jobs in the district over the next three years. " +
        "Work on the first phase will begin in April, the energy minister told journalists after the cabinet meeting.";

    private const string Unrelated =
        "The national football team beat its rivals three goals to one in a qualifier played before a crowd of forty thousand. " +
        "The coach praised the young forwards, who scored twice in the second half after a slow start to the evening. " +
        "The team travels north next week for a friendly before the tournament opens in the summer.";

    private static Story Story(string source, string agency, string guid, string text) => new()
    {
        Source = source, Agency = agency, Guid = guid, Headline = "h", Body = new StoryBody([text], ""),
    };

    [Fact]
    public void The_same_story_from_another_agency_with_a_few_words_changed_joins_the_first_ones_cluster()
    {
        var index = new DuplicateIndex();
        index.Add(1, 1, Story("pti", "PTI", "a", Original), Now);
        var match = index.FindMatch(Story("ians", "IANS", "b", Rewritten), Now);
        Assert.NotNull(match);
        Assert.Equal(1, match.ClusterId);
    }

    private static string MarketReport(int n) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"The Sensex closed at {60000 + n * 7} points on session {n}, up {n % 300} points, while the Nifty ended at {18000 + n * 3}. " +
        $"Banking and information technology shares led the gains, with turnover at {n * 11} crore rupees, traders said. " +
        $"Foreign investors bought shares worth {n * 13 % 5000} crore rupees, provisional exchange data showed on the day.");

    [Fact]
    public void Among_thousands_of_templated_reports_the_copy_of_one_still_joins_that_ones_cluster()
    {
        var index = new DuplicateIndex();
        for (var n = 1; n <= 3000; n++) index.Add(n, n, Story("pti", "PTI", $"market-{n}", MarketReport(n)), Now);
        var copy = MarketReport(1500).Replace("traders said", "dealers said", StringComparison.Ordinal);

        var match = index.FindMatch(Story("ians", "IANS", "copy", copy), Now);

        Assert.NotNull(match);
        Assert.Equal(1500, match.ClusterId);
        Assert.True(match.Similarity > 0.8, $"similarity {match.Similarity}");
    }

    [Fact]
    public void An_unrelated_story_matches_nothing()
    {
        var index = new DuplicateIndex();
        index.Add(1, 1, Story("pti", "PTI", "a", Original), Now);
        Assert.Null(index.FindMatch(Story("ians", "IANS", "b", Unrelated), Now));
        Assert.True(SimHash.Jaccard(SimHash.Shingles([Original]), SimHash.Shingles([Unrelated])) < DuplicateIndex.DefaultMinSimilarity);
    }

    [Fact]
    public void Stories_older_than_the_window_are_forgotten()
    {
        var index = new DuplicateIndex(TimeSpan.FromHours(48));
        index.Add(1, 1, Story("pti", "PTI", "a", Original), Now);
        Assert.Null(index.FindMatch(Story("ians", "IANS", "b", Rewritten), Now.AddHours(49)));
    }

    [Fact]
    public void Another_version_from_the_same_agency_is_not_a_cross_agency_duplicate()
    {
        var index = new DuplicateIndex();
        index.Add(1, 1, Story("pti", "PTI", "a", Original), Now);
        Assert.Null(index.FindMatch(Story("pti", "PTI", "c", Rewritten), Now));
    }
}
