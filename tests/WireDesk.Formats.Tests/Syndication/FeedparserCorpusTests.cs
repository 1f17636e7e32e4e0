using WireDesk.Formats.Syndication;
using WireDesk.Formats.Text;
using WireDesk.Tests;

namespace WireDesk.Formats.Tests.Syndication;

/// <summary>
/// The Python feedparser test corpus (shared/corpus/feedparser): every structured check whose path means something
/// for a wire desk, run against our parse (see <see cref="FeedparserProjection"/> for the mapping and the list of
/// paths that do not apply). The decoder runs first with the pretended HTTP Content-Type; the document's address
/// is the one feedparser's own test server used (or its Content-Location header), as an HTTP poll would pass it.
/// </summary>
public sealed class FeedparserCorpusTests(ITestOutputHelper output)
{
    private const double Required = 0.95;
    private const string FeedparserTestServer = "http://127.0.0.1:8097/tests/";

    [Fact]
    public void At_least_95_percent_of_the_applicable_feedparser_checks_pass()
    {
        var cases = FeedparserCase.Load(Requires.Corpus("feedparser", "manifest.json"));
        var tally = new Dictionary<string, (int Passed, int Total)>(StringComparer.Ordinal);
        var failures = new List<string>();
        var thrown = new List<string>();
        int applicable = 0, passed = 0, notApplicable = 0, byHand = 0;

        foreach (var corpusCase in cases)
        {
            if (corpusCase.Checks is null)
            {
                byHand++;
                continue;
            }

            FeedparserProjection projection;
            try
            {
                projection = Project(corpusCase);
            }
            catch (Exception ex)
            {
                thrown.Add($"{corpusCase.File}: {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            foreach (var check in corpusCase.Checks)
            {
                var verdict = projection.Evaluate(check);
                if (verdict is null)
                {
                    notApplicable++;
                    continue;
                }

                applicable++;
                var (ok, found) = verdict.Value;
                var before = tally.GetValueOrDefault(check.Pattern);
                tally[check.Pattern] = (before.Passed + (ok ? 1 : 0), before.Total + 1);
                if (ok) passed++;
                else failures.Add($"{corpusCase.File}: expected {check}, found {found}");
            }
        }

        output.WriteLine($"feedparser corpus: {passed} of {applicable} applicable checks pass ({100.0 * passed / applicable:F1}%); " +
            $"{notApplicable} checks not applicable; {byHand} files need reading by hand");
        foreach (var (pattern, (ok, total)) in tally.OrderBy(t => t.Key, StringComparer.Ordinal))
            output.WriteLine($"  {pattern}: {ok}/{total}");
        foreach (var failure in failures) output.WriteLine("FAIL " + failure);
        foreach (var exception in thrown) output.WriteLine("THREW " + exception);

        Assert.Empty(thrown);
        Assert.True(passed >= Required * applicable, $"{passed} of {applicable} checks pass, below {Required:P0}");
    }

    private static FeedparserProjection Project(FeedparserCase corpusCase)
    {
        var bytes = File.ReadAllBytes(Requires.Corpus("feedparser", corpusCase.File));
        var contentType = corpusCase.Headers.GetValueOrDefault("Content-Type");
        var decoded = TextDecoder.Decode(new SourceDocument(bytes, contentType, DocumentAddress(corpusCase)));
        var parser = SyndicationTestKit.ParserFor(SyndicationSniffer.Sniff(decoded));
        return new FeedparserProjection(parser?.ParseFeed(decoded, SyndicationTestKit.Context), decoded);
    }

    private static string DocumentAddress(FeedparserCase corpusCase)
    {
        var address = new Uri(FeedparserTestServer + corpusCase.File);
        if (corpusCase.Headers.GetValueOrDefault("Content-Location") is { } location
            && Uri.TryCreate(address, location, out var moved) && moved.Scheme is "http" or "https")
            address = moved;
        return address.AbsoluteUri;
    }
}
