namespace WireDesk.Formats.NewsMlG2;

/// <summary>G2 qcodes ("stat:usable") and concept URIs ("http://cv.iptc.org/newscodes/pubstatusg2/usable").</summary>
public static class G2Codes
{
    /// <summary>The code within its scheme: "usable" for both forms above.</summary>
    public static string? CodeOf(string? qcodeOrUri)
    {
        if (string.IsNullOrEmpty(qcodeOrUri)) return null;
        if (qcodeOrUri.Contains("://", StringComparison.Ordinal))
        {
            var cut = qcodeOrUri.TrimEnd('/').LastIndexOfAny(['/', '#']);
            return cut >= 0 ? qcodeOrUri.TrimEnd('/')[(cut + 1)..] : qcodeOrUri;
        }
        var colon = qcodeOrUri.IndexOf(':');
        return colon >= 0 ? qcodeOrUri[(colon + 1)..] : qcodeOrUri;
    }

    /// <summary>The scheme: the qcode's alias ("medtop") or the URI up to its last path segment.</summary>
    public static string? SchemeOf(string? qcodeOrUri)
    {
        if (string.IsNullOrEmpty(qcodeOrUri)) return null;
        if (qcodeOrUri.Contains("://", StringComparison.Ordinal))
        {
            var trimmed = qcodeOrUri.TrimEnd('/');
            var cut = trimmed.LastIndexOfAny(['/', '#']);
            return cut >= 0 ? trimmed[..(cut + 1)] : null;
        }
        var colon = qcodeOrUri.IndexOf(':');
        return colon > 0 ? qcodeOrUri[..colon] : null;
    }

    public static bool Is(string? qcodeOrUri, string code) =>
        string.Equals(CodeOf(qcodeOrUri), code, StringComparison.OrdinalIgnoreCase);
}
