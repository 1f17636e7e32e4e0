using System.Globalization;

namespace WireDesk.Transports.Bench;

/// <summary>Made-up copy, different for every number, in plain text and in ninjs.</summary>
public static class Copy
{
    public static string PlainText(int i) => string.Create(CultureInfo.InvariantCulture, $"""
        Bench dispatch number {i} reaches the desk

        Bhubaneswar (Odisha) [India], January 9 (ANI): Dispatch {i} was filed at {i % 24:00}:{i % 60:00} hours, officials said, reference {i * 7919 % 100000}.
        Closing line {i}: {string.Join(' ', Enumerable.Range(0, 6).Select(k => (i * 31 + k * 17) % 997))}.
        """);

    public static string Ninjs(int i) => string.Create(CultureInfo.InvariantCulture, $$"""
        {"uri":"urn:bench:ninjs:{{i}}","version":"1","versioncreated":"2026-01-09T10:{{i % 60:00}}:00+05:30","headline":"Ninjs bench item {{i}} arrives","body_text":"Mumbai, Jan 9 (PTI) Item {{i}} of the ninjs bench, reference {{i * 7919 % 100000}}.","language":"en"}
        """);
}
