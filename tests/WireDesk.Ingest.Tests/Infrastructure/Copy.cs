namespace WireDesk.Ingest.Tests.Infrastructure;

/// <summary>Made-up agency copy in plain text, unique per call so each is its own story.</summary>
public static class Copy
{
    public static string Ani(string headline) => $"""
        {headline}

        Bhubaneswar (Odisha) [India], January 9 (ANI): {headline} was announced on Friday, officials said.
        The second phase would follow in March, the energy secretary told reporters.
        """;
}
