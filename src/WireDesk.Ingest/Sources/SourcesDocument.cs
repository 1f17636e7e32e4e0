namespace WireDesk.Ingest.Sources;

/// <summary>The sources file: <c>{ "sources": [ ... ] }</c>.</summary>
public sealed record SourcesDocument
{
    public IReadOnlyList<SourceDefinition> Sources { get; init; } = [];
}
