using System.Net;
using WireDesk.Core.Lifecycle;
using WireDesk.Ingest.Sources;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests.Lifecycle;

public class PolicyScenarioTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 9, 12, 0, 0, TimeSpan.Zero);

    private static readonly SourcesDocument Sources = new()
    {
        Sources =
        [
            new SourceDefinition
            {
                Name = "wire", Agency = "Reuters",
                Policy = new PolicyDefinition
                {
                    DefaultSection = "World",
                    Rules =
                    [
                        new RuleDefinition { Name = "hold-ferries", Action = "hold", Keywords = ["ferry"] },
                        new RuleDefinition { Name = "drop-sport", Action = "drop", Subjects = ["sport"] },
                        new RuleDefinition { Name = "business", Section = "Business", HeadlinePattern = "shares|market" },
                    ],
                },
            },
            new SourceDefinition { Name = "pti", Agency = "PTI", Policy = new PolicyDefinition { Duplicates = "publishFirst", DefaultSection = "India" } },
            new SourceDefinition { Name = "ians", Agency = "IANS", Policy = new PolicyDefinition { DefaultSection = "India" } },
        ],
    };

    private const string SolarLead =
        "The state government on Thursday approved a new solar park spread over 400 acres near the coast, officials said. " +
        "The project is expected to produce 250 megawatts of power and create about 1,200 jobs in the district over the next three years. " +
        "Work on the first phase will begin in April, the energy minister told reporters after the cabinet meeting.";

    [Fact]
    public async Task A_keyword_rule_holds_the_story_with_the_rule_named_as_the_reason()
    {
        await using var site = await TestSite.StartAsync(Sources, Now);
        var item = Assert.Single((await site.IngestAsync(WireCopy.Write(WireCopy.NewsMlG2, new CopySpec()), "wire")).Items);
        Assert.Equal(Outcome.Held, item.Outcome);
        Assert.Equal("held by policy:hold-ferries", item.Story!.HoldReason);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync(item.Story.Path)).StatusCode);
        Assert.Contains(await site.Workspace.Store.GetAuditAsync(item.Story.Id, CancellationToken.None), a => a.Actor == "policy:hold-ferries");
    }

    [Fact]
    public async Task A_category_rule_drops_the_story_and_a_pattern_rule_files_it_into_a_section()
    {
        await using var site = await TestSite.StartAsync(Sources, Now);
        var sport = new CopySpec { Guid = "urn:test:sport", Headline = "Cup final goes to extra time", Paragraphs = ["LONDON, Jan 9 (Reuters) - The final went to extra time."] };
        var sportXml = System.Text.Encoding.UTF8.GetString(WireCopy.Write(WireCopy.NewsMlG2, sport))
            .Replace("<headline>", "<subject type=\"cpnat:abstract\" qcode=\"medtop:15000000\"><name>sport</name></subject><headline>");
        var dropped = Assert.Single((await site.IngestAsync(sportXml, "wire")).Items);
        Assert.Equal(Outcome.Dropped, dropped.Outcome);

        var market = new CopySpec { Guid = "urn:test:market", Headline = "Oslo shares rise on oil", Paragraphs = ["OSLO, Jan 9 (Reuters) - Shares rose."] };
        var filed = Assert.Single((await site.IngestAsync(WireCopy.Write(WireCopy.NewsMlG2, market), "wire")).Items);
        Assert.Equal(Outcome.Published, filed.Outcome);
        Assert.Equal("Business", filed.Story!.Section);
        Assert.Equal(HttpStatusCode.OK, (await site.Http.GetAsync(filed.Story.Path)).StatusCode);
    }

    [Fact]
    public async Task The_same_story_from_two_agencies_forms_one_cluster()
    {
        await using var site = await TestSite.StartAsync(Sources, Now);
        var ians = Assert.Single((await site.IngestAsync($"Coastal solar park approved\n\nChennai, Jan 9 (IANS) {SolarLead}\n", "ians")).Items);
        var pti = Assert.Single((await site.IngestAsync($"State clears 400-acre solar park on coast\n\nChennai, Jan 9 (PTI) {SolarLead}\n", "pti")).Items);
        Assert.Equal(Outcome.Published, ians.Outcome);
        Assert.Equal(ians.Story!.Id, pti.Story!.ClusterId);
        // pti publishes only the first copy of a story: its duplicate waits on the desk with the reason.
        Assert.Equal(Outcome.Held, pti.Outcome);
        Assert.Contains($"duplicate of story {ians.Story.Id}", pti.Reason);
    }
}
