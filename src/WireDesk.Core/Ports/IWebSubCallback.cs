using WireDesk.Core.WebSub;

namespace WireDesk.Core.Ports;

/// <summary>
/// Our side of WebSub that a hub calls: the callback URL answers verifications of intent and takes content
/// distributions. The web endpoints read the request; the subscriber decides.
/// </summary>
public interface IWebSubCallback
{
    /// <summary>The most bytes a content distribution may have.</summary>
    long MaxBodyBytes { get; }

    /// <summary>
    /// The body of a 2xx answer: the challenge to echo when we asked for this mode on this topic, empty for a denial
    /// we take note of; null for 404.
    /// </summary>
    Task<string?> VerifyAsync(WebSubVerification verification, CancellationToken cancellationToken);

    /// <summary>Checks the signature and, when it holds, commits the content to the inbox before answering.</summary>
    Task<WebSubOutcome> DeliverAsync(WebSubContent content, CancellationToken cancellationToken);
}
