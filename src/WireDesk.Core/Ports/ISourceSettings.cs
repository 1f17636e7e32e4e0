using WireDesk.Core.Desk;

namespace WireDesk.Core.Ports;

/// <summary>
/// The sources file as the desk edits it: pause and resume a source, change its policy and disclaimer. Each change is
/// written to the file and the catalog reloaded, so the next story is decided under it.
/// </summary>
public interface ISourceSettings
{
    IReadOnlyList<SourceSettings> List();

    /// <summary>Null when done, otherwise why not (unknown source).</summary>
    Task<string?> SetPausedAsync(string source, bool paused, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the source's policy with <paramref name="policyJson"/> (the sources file's "policy" object) and its
    /// disclaimer with <paramref name="disclaimer"/> (the reference disclaimer when blank). Null when done, otherwise
    /// why the policy was refused; nothing is written then.
    /// </summary>
    Task<string?> UpdatePolicyAsync(string source, string policyJson, string? disclaimer, CancellationToken cancellationToken);
}
