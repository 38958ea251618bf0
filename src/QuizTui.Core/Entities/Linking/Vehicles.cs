namespace QuizTui.Core.Entities.Linking;

/// <summary>
/// Craft named like bodies: "Space Shuttle Atlantis", "HMS Belfast", "the orbiter Discovery". The tagger, trained on
/// CoNLL, calls them organisations, and a quiz would then ask "Who will go on display?" of a shuttle. A name opened by a
/// class of craft, or set right after a noun for one, is another kind of name; so is the same name written alone later.
/// </summary>
internal static class Vehicles
{
    private static readonly string[] Prefixes = ["Space Shuttle ", "Shuttle ", "HMS ", "USS ", "RMS ", "HMAS ", "HMCS ", "HMNZS "];

    private static readonly HashSet<string> CraftNouns = new(
        ["shuttle", "orbiter", "spacecraft", "probe", "rover", "submarine", "frigate", "warship", "battleship", "lander", "capsule"],
        StringComparer.Ordinal);

    public static void Agree(IReadOnlyList<Candidate> candidates)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates.Where(c => c.Type is MentionType.Organization or MentionType.Person or MentionType.Other))
        {
            var prefix = Prefixes.FirstOrDefault(p => c.Text.StartsWith(p, StringComparison.Ordinal) && c.Text.Length > p.Length);
            var afterNoun = c.First > 0 && CraftNouns.Contains(c.Region.Tokens[c.First - 1].Text);
            if (prefix is null && !afterNoun)
            {
                continue;
            }

            Retype(c);
            names.Add(prefix is null ? c.Text : c.Text[prefix.Length..]);
        }

        foreach (var c in candidates.Where(c => c.Type is MentionType.Organization or MentionType.Person && names.Contains(c.Text)))
        {
            Retype(c);
        }
    }

    private static void Retype(Candidate c)
    {
        c.Type = MentionType.Other;
        c.Settled = true;
    }
}
