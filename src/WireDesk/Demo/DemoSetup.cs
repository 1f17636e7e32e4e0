using WireDesk.Ingest.Sources;

namespace WireDesk.Demo;

/// <summary>The demo's sources file: one source per agency with the rules a desk would set up.</summary>
public static class DemoSetup
{
    public const string PushKeyVariable = "WIREDESK_DEMO_PUSH_KEY";

    public static Task WriteSourcesAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var business = new RuleDefinition { Name = "business", Section = "Business", Keywords = ["market", "shares", "bank", "budget", "economy", "investment", "startup"] };
        var sports = new RuleDefinition { Name = "sports", Section = "Sports", Keywords = ["cricket", "football", "hockey", "match", "tournament", "olympic"] };
        var india = new RuleDefinition { Name = "india", Section = "India", Countries = ["IN"] };
        SourceDefinition Indian(string name, string agency) => new()
        {
            Name = name, Agency = agency, TimeZone = "Asia/Kolkata",
            Policy = new PolicyDefinition { DefaultSection = "India", Rules = [business, sports] },
        };
        SourceDefinition Foreign(string name, string agency, string zone) => new()
        {
            Name = name, Agency = agency, TimeZone = zone,
            Policy = new PolicyDefinition { DefaultSection = "World", Rules = [business, sports, india] },
        };
        var document = new SourcesDocument
        {
            Sources =
            [
                Indian("ani", "ANI") with { Policy = new PolicyDefinition { DefaultSection = "World", Rules = [business, sports, india] } },
                Indian("pti", "PTI"),
                Indian("ians", "IANS"),
                Foreign("reuters", "Reuters", "Europe/London"),
                Foreign("ap", "AP", "America/New_York"),
                Foreign("afp", "AFP", "Europe/Paris"),
                Foreign("dpa", "dpa", "Europe/Berlin"),
                Indian("ani-push", "ANI") with { Transport = "push", ApiKeyEnv = PushKeyVariable },
                Indian("pti-drop", "PTI") with { Transport = "drop", Folder = "drop/pti" },
            ],
        };
        return SourcesFile.WriteAsync(Path.Combine(dataDirectory, "sources.json"), document, cancellationToken);
    }
}
