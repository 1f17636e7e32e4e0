using System.Text.Json;
using WireDesk.Core.Desk;
using WireDesk.Core.Policy;
using WireDesk.Core.Ports;

namespace WireDesk.Ingest.Sources;

/// <summary>
/// <see cref="ISourceSettings"/> over the sources file: each change reads the file afresh (so hand edits are kept),
/// changes one source, checks that every policy still compiles, writes the file and reloads the catalog.
/// </summary>
public sealed class SourcesEditor(string path, SourceCatalog catalog) : ISourceSettings
{
    private readonly SemaphoreSlim _write = new(1, 1);

    public IReadOnlyList<SourceSettings> List() => [.. catalog.Definitions.Select(ToSettings)];

    public Task<string?> SetPausedAsync(string source, bool paused, CancellationToken cancellationToken) =>
        ChangeAsync(source, definition => definition with { Paused = paused }, cancellationToken);

    public Task<string?> UpdatePolicyAsync(string source, string policyJson, string? disclaimer, CancellationToken cancellationToken)
    {
        PolicyDefinition? policy;
        try
        {
            policy = JsonSerializer.Deserialize<PolicyDefinition>(policyJson, SourcesFile.Json);
        }
        catch (JsonException e)
        {
            return Task.FromResult<string?>($"the policy is not valid JSON: {e.Message}");
        }
        if (policy is null) return Task.FromResult<string?>("the policy is empty");
        var text = string.IsNullOrWhiteSpace(disclaimer) ? null : disclaimer.Trim();
        return ChangeAsync(source, definition => definition with
        {
            Policy = policy with { Disclaimer = text == SourcePolicy.ReferenceDisclaimer ? null : text },
        }, cancellationToken);
    }

    private async Task<string?> ChangeAsync(string source, Func<SourceDefinition, SourceDefinition> change, CancellationToken cancellationToken)
    {
        await _write.WaitAsync(cancellationToken);
        try
        {
            var document = await SourcesFile.ReadAsync(path, cancellationToken);
            var index = document.Sources.ToList().FindIndex(s => string.Equals(s.Name, source, StringComparison.OrdinalIgnoreCase));
            if (index < 0) return $"source '{source}' is not in the sources file";
            var sources = document.Sources.ToList();
            sources[index] = change(sources[index]);
            var next = document with { Sources = sources };
            try
            {
                // Compiles every policy: an invalid action or pattern is refused before anything is written.
                _ = new SourceCatalog(next);
            }
            catch (InvalidDataException e)
            {
                return e.Message;
            }
            await SourcesFile.WriteAsync(path, next, cancellationToken);
            catalog.Reload(next);
            return null;
        }
        finally
        {
            _write.Release();
        }
    }

    private static SourceSettings ToSettings(SourceDefinition d) => new(
        d.Name, d.Agency, d.Transport, d.TimeZone, d.Paused, d.IdleMinutes,
        d.Policy.Disclaimer ?? SourcePolicy.ReferenceDisclaimer,
        JsonSerializer.Serialize(d.Policy with { Disclaimer = null }, SourcesFile.Json));
}
