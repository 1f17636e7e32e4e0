namespace WireDesk.Formats.NewsMlG2;

/// <summary>Chooses among repeated G2 text properties by role and by the item's language.</summary>
public static class G2TextChoice
{
    public static string? Pick(IReadOnlyList<G2Text> texts, string? language, Func<string?, bool>? role = null)
    {
        G2Text? first = null, unlabelled = null, samePrimary = null;
        foreach (var text in texts)
        {
            if (role is not null && !role(text.Role)) continue;
            if (language is not null && text.Lang is not null)
            {
                if (string.Equals(text.Lang, language, StringComparison.OrdinalIgnoreCase)) return text.Text;
                if (samePrimary is null && string.Equals(Primary(text.Lang), Primary(language), StringComparison.OrdinalIgnoreCase))
                    samePrimary = text;
            }
            if (text.Lang is null) unlabelled ??= text;
            first ??= text;
        }
        return (samePrimary ?? unlabelled ?? first)?.Text;
    }

    public static string? Name(G2Concept concept, string? language) => Pick(concept.Names, language);

    private static string Primary(string tag)
    {
        var dash = tag.IndexOf('-');
        return dash > 0 ? tag[..dash] : tag;
    }
}
