using WireDesk.Core.Push;

namespace WireDesk.Core.Ports;

/// <summary>
/// Takes deliveries pushed over HTTP: the web endpoint asks first whether the source takes pushes (and how large a
/// body), reads the body within that limit, then hands it over to be authenticated, recognised and committed.
/// </summary>
public interface IPushIntake
{
    /// <summary>Before reading the body: an unknown source, a source that takes no pushes or is paused, or the body limit.</summary>
    PushAdmission Admit(string source);

    /// <summary>Authenticates, checks the content can be read, and commits the delivery before answering.</summary>
    Task<PushResult> AcceptAsync(PushRequest request, CancellationToken cancellationToken);
}
