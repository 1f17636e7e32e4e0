using WireDesk.Core.Policy;

namespace WireDesk.Core.Ports;

/// <summary>The configured sources and their publishing policies.</summary>
public interface ISourceCatalog
{
    /// <summary>The source's policy; a source not configured gets the defaults (publish, reference disclaimer).</summary>
    SourcePolicy PolicyFor(string source);

    IReadOnlyList<SourcePolicy> Policies { get; }
}
