using QuizTui.Core.Entities.Gazetteers;

namespace QuizTui.Core.Entities.Linking;

/// <summary>
/// Names the places, organisations, nationalities and other names: a country by its usual name ("U.S." →
/// "United States"), a nationality by its country ("Syrian" → "Syria"), a religion's word by the religion ("Muslims" → "Islam"), an acronym by the expansion the
/// text also gives ("UN" → "United Nations"), and otherwise one spelling for forms that differ only in
/// case, spaces or hyphens ("MOSCOW" → "Moscow", "Time Warner" → "TimeWarner"), preferring the body's.
/// </summary>
internal static class OtherLinker
{
    public static void Link(IReadOnlyList<Candidate> candidates, Gazetteer gazetteer)
    {
        foreach (var c in candidates.Where(c => c.Entity.Length == 0))
        {
            if (c.Type == MentionType.Nationality)
            {
                c.Entity = gazetteer.TryGetDemonym(c.Text, out var country) && country.Length > 0 ? country : Singular(c.Text);
            }
            else if (c.Type == MentionType.Place && gazetteer.CountryAliases.TryGetValue(c.Text, out var name))
            {
                c.Entity = name;
            }
            else if (c.Type == MentionType.Other && NameHeads.Default.Religions.TryGetValue(c.Text, out var religion))
            {
                c.Entity = religion;
            }
        }

        LinkAcronyms(candidates, gazetteer);
        LinkBracketed(candidates);
        LinkShortForms(candidates, gazetteer);
        // One spelling for forms that differ only in case, spaces or hyphens: "TimeWarner" and "Time Warner".
        foreach (var group in candidates.Where(c => c.Entity.Length == 0).GroupBy(c => (c.Type, string.Concat(c.Text.Where(ch => ch is not (' ' or '-'))).ToUpperInvariant())))
        {
            var name = group
                .GroupBy(c => c.Text, StringComparer.Ordinal)
                .OrderBy(g => NameForms.IsShouted(g.Key) ? 1 : 0)
                .ThenByDescending(g => g.Count(c => c.Region.InBody))
                .ThenBy(g => g.Min(c => c.Span.Start))
                .First().Key;
            foreach (var c in group)
            {
                // "MOSCOW" is Moscow; "S&P", "AT&T" and "M&S" are initials joined by an ampersand and stay, and so do words
                // of three letters or fewer, each initials or a numeral ("MDA IV", "US TV").
                c.Entity = NameForms.IsShouted(name) && NameForms.AcronymKey(name) is null && !name.Contains('&', StringComparison.Ordinal)
                    && name.Split(' ').Any(w => w.Length > 3) ? Titled(name) : name;
            }
        }
    }

    /// <summary>
    /// "the Greek Athletics Federation (Segas)": a one-word name in brackets right after a body's name is what the body is
    /// called for short, whether or not it spells its initials; every use of that word is the body.
    /// </summary>
    private static void LinkBracketed(IReadOnlyList<Candidate> candidates)
    {
        var organizations = candidates.Where(c => c.Type == MentionType.Organization).ToList();
        foreach (var bracketed in organizations.Where(c => c.TokenCount == 1 && c.Entity.Length == 0 && c.First >= 2 && c.Last < c.Region.Tokens.Count
            && c.Region.Tokens[c.First - 1].Text == "(" && c.Region.Tokens[c.Last].Text == ")"))
        {
            if (organizations.FirstOrDefault(o => o.Region == bracketed.Region && o.Last == bracketed.First - 1 && o.TokenCount >= 2) is not { } body)
            {
                continue;
            }

            var name = body.Entity.Length > 0 ? body.Entity : body.Text;
            foreach (var use in organizations.Where(o => o.Entity.Length == 0 && o.Text == bracketed.Text))
            {
                use.Entity = name;
            }
        }
    }

    private static void LinkAcronyms(IReadOnlyList<Candidate> candidates, Gazetteer gazetteer)
    {
        var expansions = candidates
            .Where(c => c.Type == MentionType.Organization && c.TokenCount >= 2)
            .ToList();
        foreach (var c in candidates.Where(c => c.Type == MentionType.Organization && c.Entity.Length == 0))
        {
            if (NameForms.AcronymKey(c.Text) is not { } key)
            {
                continue;
            }

            var known = gazetteer.Acronyms.GetValueOrDefault(key);
            var expansion = expansions.FirstOrDefault(e => NameForms.Initials(e.Words) == key || NameForms.Initials(e.Words.Skip(1)) == key && IsQualifier(e.Words.First(), gazetteer))
                ?? expansions.FirstOrDefault(e => known is not null && string.Equals(e.Text, known, StringComparison.OrdinalIgnoreCase));
            if (expansion is not null)
            {
                c.Entity = expansion.Entity.Length > 0 ? expansion.Entity : expansion.Text;
            }
        }
    }

    /// <summary>"US" or "Irish" before a name whose acronym leaves it out: "US Securities Exchange Commission (SEC)".</summary>
    private static bool IsQualifier(string word, Gazetteer gazetteer) =>
        NameForms.AcronymKey(word) is not null || (gazetteer.Lookup(word) & (GazetteerKind.Country | GazetteerKind.Demonym)) != 0;

    /// <summary>
    /// The firm whose longer name, given first, a lone word begins: "France's Pernod Ricard ... Pernod said", "Lionhead
    /// Studios ... Lionhead", or, for a firm named after its founder, ends ("parts maker Robert Bosch ... Bosch"). Not when
    /// the word comes alone first ("Nintendo ... the Nintendo DS" names a product), nor a body the gazetteer knows by that
    /// word alone ("BBC" is no short form of "BBC News").
    /// </summary>
    public static Candidate? LongerOrganisation(Candidate single, IReadOnlyList<Candidate> candidates, Gazetteer gazetteer)
    {
        if (single.TokenCount != 1 || single.Text.Length < 3 || !char.IsUpper(single.Text[0])
            || (gazetteer.Lookup(single.Text) & (GazetteerKind.Organization | GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.Demonym)) != 0)
        {
            return null;
        }

        var first = candidates.Where(c => c.Words.First() == single.Text).MinBy(c => c.Span.Start);
        if (first is { Type: MentionType.Organization, TokenCount: >= 2 } && first.Words.All(w => char.IsLetterOrDigit(w[0]) || w == "&"))
        {
            return first;
        }

        // "Bosch" after "parts maker Robert Bosch": a firm named after its founder goes by the surname.
        return candidates.Where(c => c is { Type: MentionType.Organization, TokenCount: 2 } && c.Words.Last() == single.Text
            && (gazetteer.Lookup(c.Words.First()) & GazetteerKind.GivenName) != 0).MinBy(c => c.Span.Start);
    }

    /// <summary>
    /// One organisation however shortened: "Pernod" of "Pernod Ricard", "Lib Dems" of "Liberal Democrats", "State
    /// Department" after "US State Department", "Security Council" after "UN Security Council".
    /// </summary>
    private static void LinkShortForms(IReadOnlyList<Candidate> candidates, Gazetteer gazetteer)
    {
        foreach (var single in candidates.Where(c => c.Type == MentionType.Organization && c.Entity.Length == 0 && c.TokenCount == 1))
        {
            if (LongerOrganisation(single, candidates, gazetteer) is { } firm)
            {
                single.Entity = firm.Entity.Length > 0 ? firm.Entity : firm.Text;
            }
        }

        // "Lib Dems" after "Liberal Democrats", "S&P" beside "Standard & Poor": a clipped form is the body written in full.
        foreach (var clipped in candidates.Where(c => c.Type == MentionType.Organization && c.Entity.Length == 0))
        {
            // Of several full forms the one that agrees in number: "Lib Dems" is the "Liberal Democrats", not a "Liberal Democrat" MP.
            if (candidates.Where(c => c.Type == MentionType.Organization && NameForms.Shortens(clipped.Text, c.Text))
                .OrderByDescending(c => c.Text.EndsWith('s') == clipped.Text.EndsWith('s')).FirstOrDefault() is { } full)
            {
                clipped.Entity = full.Entity.Length > 0 ? full.Entity : full.Text;
            }
        }

        var organizations = candidates.Where(c => c.Type == MentionType.Organization).ToList();
        foreach (var shorter in organizations.Where(c => c.Entity.Length == 0 && c.TokenCount >= 2))
        {
            var longer = organizations.FirstOrDefault(c => c.TokenCount == shorter.TokenCount + 1 && c.Text.EndsWith(" " + shorter.Text, StringComparison.Ordinal));
            if (longer is not null)
            {
                shorter.Entity = longer.Text;
                longer.Entity = longer.Text;
            }
        }
    }

    private static string Singular(string demonym) =>
        demonym.EndsWith('s') && demonym.Length > 4 ? demonym[..^1] : demonym;

    private static string Titled(string shouted) =>
        string.Join(' ', shouted.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
}
