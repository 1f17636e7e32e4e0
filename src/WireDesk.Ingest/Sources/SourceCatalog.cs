using System.Text.RegularExpressions;
using WireDesk.Core.Policy;
using WireDesk.Core.Ports;

namespace WireDesk.Ingest.Sources;

/// <summary>
/// The configured sources, their policies compiled once per load. <see cref="Reload"/> swaps in a new sources file
/// whole, so a reader sees the old catalog or the new one, never half of each.
/// </summary>
public sealed class SourceCatalog : ISourceCatalog
{
    private volatile Snapshot _current;
    private TaskCompletionSource _changed = NewSignal();

    public SourceCatalog(SourcesDocument document) => _current = Compile(document);

    public IReadOnlyList<SourceDefinition> Definitions => _current.Definitions;

    public IReadOnlyList<SourcePolicy> Policies => [.. _current.Policies.Values];

    public SourcePolicy PolicyFor(string source) =>
        _current.Policies.TryGetValue(source, out var policy) ? policy : SourcePolicy.Default(source);

    /// <summary>Replaces the catalog; throws <see cref="InvalidDataException"/> (and keeps the old one) when a policy is invalid.</summary>
    public void Reload(SourcesDocument document)
    {
        _current = Compile(document);
        Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();
    }

    /// <summary>Completes at the next <see cref="Reload"/>, for services that start and stop per source.</summary>
    public Task WhenChangedAsync(CancellationToken cancellationToken) => _changed.Task.WaitAsync(cancellationToken);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static Snapshot Compile(SourcesDocument document) =>
        new(document.Sources, document.Sources.ToDictionary(s => s.Name, ToPolicy, StringComparer.OrdinalIgnoreCase));

    private sealed record Snapshot(IReadOnlyList<SourceDefinition> Definitions, Dictionary<string, SourcePolicy> Policies);

    public SourceDefinition? Find(string source) =>
        Definitions.FirstOrDefault(d => string.Equals(d.Name, source, StringComparison.OrdinalIgnoreCase));

    public static SourcePolicy ToPolicy(SourceDefinition source)
    {
        var p = source.Policy;
        return new SourcePolicy
        {
            Source = source.Name,
            DefaultAction = ParseAction(p.DefaultAction, source.Name),
            DefaultSection = p.DefaultSection,
            Disclaimer = p.Disclaimer ?? SourcePolicy.ReferenceDisclaimer,
            Attribution = p.Attribution,
            DefaultAgency = source.Agency,
            TimeZone = source.TimeZone,
            NoIndex = p.NoIndex,
            KeepDisclaimerWhenReviewed = p.KeepDisclaimerWhenReviewed,
            ShowCorrections = p.ShowCorrections,
            Duplicates = p.Duplicates.Equals("publishFirst", StringComparison.OrdinalIgnoreCase) ? DuplicateMode.PublishFirst : DuplicateMode.PublishAll,
            Rules = [.. p.Rules.Select(r => ToRule(r, source.Name))],
        };
    }

    private static PolicyRule ToRule(RuleDefinition r, string source) => new()
    {
        Name = r.Name,
        Action = r.Action is null ? null : ParseAction(r.Action, $"{source}/{r.Name}"),
        Section = r.Section,
        UrgencyAtMost = r.UrgencyAtMost,
        UrgencyAtLeast = r.UrgencyAtLeast,
        PriorityAtMost = r.PriorityAtMost,
        Subjects = r.Subjects,
        Keywords = r.Keywords,
        Countries = r.Countries,
        Languages = r.Languages,
        HeadlinePattern = Compile(r.HeadlinePattern, $"{source}/{r.Name} headlinePattern"),
        BodyPattern = Compile(r.BodyPattern, $"{source}/{r.Name} bodyPattern"),
    };

    private static PolicyAction ParseAction(string action, string where) =>
        Enum.TryParse<PolicyAction>(action, ignoreCase: true, out var a)
            ? a
            : throw new InvalidDataException($"sources: {where}: action '{action}' is not publish, hold or drop");

    private static Regex? Compile(string? pattern, string where)
    {
        if (pattern is null) return null;
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"sources: {where}: {e.Message}", e);
        }
    }
}
