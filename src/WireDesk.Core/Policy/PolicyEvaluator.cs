using WireDesk.Core.Stories;

namespace WireDesk.Core.Policy;

/// <summary>Applies a source's ordered rules to a story: first match wins for the action and for the section.</summary>
public static class PolicyEvaluator
{
    public static PolicyDecision Decide(SourcePolicy policy, Story story)
    {
        PolicyAction? action = null;
        string? section = null;
        string? rule = null;
        foreach (var candidate in policy.Rules)
        {
            if (!Matches(candidate, story)) continue;
            if (action is null && candidate.Action is { } a)
            {
                action = a;
                rule = candidate.Name;
            }
            section ??= candidate.Section;
            if (action is not null && section is not null) break;
        }
        return new PolicyDecision(action ?? policy.DefaultAction, section ?? policy.DefaultSection, rule);
    }

    public static bool Matches(PolicyRule rule, Story story)
    {
        if (rule.UrgencyAtMost is { } most && (story.Urgency is not { } u1 || u1 > most)) return false;
        if (rule.UrgencyAtLeast is { } least && (story.Urgency is not { } u2 || u2 < least)) return false;
        if (rule.PriorityAtMost is { } p && (story.Priority is not { } pr || pr > p)) return false;
        if (rule.Subjects.Count > 0 && !rule.Subjects.Any(s => HasSubject(story, s))) return false;
        if (rule.Keywords.Count > 0 && !rule.Keywords.Any(k => HasKeyword(story, k))) return false;
        if (rule.Countries.Count > 0 && !rule.Countries.Any(c => string.Equals(c, story.Dateline?.Country, StringComparison.OrdinalIgnoreCase)))
            return false;
        if (rule.Languages.Count > 0 && !rule.Languages.Any(l => LanguageMatches(l, story.Language))) return false;
        if (rule.HeadlinePattern is { } h && !h.IsMatch(story.Headline ?? "")) return false;
        if (rule.BodyPattern is { } b && !story.Body.Paragraphs.Any(b.IsMatch)) return false;
        return true;
    }

    private static bool HasSubject(Story story, string wanted) =>
        story.Subjects.Any(s => Same(s.Code, wanted) || Same(s.Name, wanted) || CodeTail(s.Code, wanted))
        || Same(story.Genre, wanted);

    private static bool HasKeyword(Story story, string wanted) =>
        story.Keywords.Any(k => Same(k, wanted)) || Same(story.Slugline, wanted)
        || (story.Headline?.Contains(wanted, StringComparison.OrdinalIgnoreCase) ?? false)
        || story.Keywords.Any(k => k.Contains(wanted, StringComparison.OrdinalIgnoreCase));

    private static bool LanguageMatches(string wanted, string? language) =>
        language is not null && (Same(language, wanted) || language.StartsWith(wanted + "-", StringComparison.OrdinalIgnoreCase));

    // "medtop:04000000" matches a rule that names "04000000".
    private static bool CodeTail(string? code, string wanted) =>
        code is not null && code.EndsWith(":" + wanted, StringComparison.OrdinalIgnoreCase);

    private static bool Same(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
