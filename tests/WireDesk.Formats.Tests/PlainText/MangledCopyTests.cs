using System.Text;
using WireDesk.Tests;
using static WireDesk.Formats.Tests.PlainText.PlainTextTestKit;

namespace WireDesk.Formats.Tests.PlainText;

public sealed class MangledCopyTests
{
    private const string Noise = "\n\n:()[]_—-.…|By Updated: KILL Eds: Embargoed until 2026-01-09T15:55:10+5:30 Disclaimer: \u0000\u00c3\u00a9";

    [Fact]
    public void Mangled_samples_give_a_story_or_an_error_and_never_throw()
    {
        var samples = Directory.GetFiles(Path.Combine(Requires.RepoRoot, "tests", "WireDesk.Formats.Tests", "Samples", "PlainText"), "*.txt")
            .Select(File.ReadAllText)
            .ToList();
        var random = new Random(20260109);

        for (var round = 0; round < 400; round++)
        {
            var text = new StringBuilder(samples[random.Next(samples.Count)]);
            for (var edit = random.Next(1, 12); edit > 0 && text.Length > 0; edit--)
            {
                var at = random.Next(text.Length);
                if (random.Next(2) == 0) text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at));
                else text.Insert(at, Noise.Substring(random.Next(Noise.Length - 10), random.Next(1, 10)));
            }

            var result = ParseText(text.ToString());

            Assert.True(result.Stories.Count + result.Errors.Count == 1, text.ToString());
            foreach (var story in result.Stories)
            {
                Assert.False(string.IsNullOrWhiteSpace(story.Headline), text.ToString());
                Assert.True(!story.Body.IsEmpty || story.PubStatus == Core.Stories.PubStatus.Canceled, text.ToString());
            }
        }
    }
}
