using QuizTui.Core.Entities.Gazetteers;

namespace QuizTui.Core.Entities.Linking;

/// <summary>
/// Joins an organisation cut in two at "of" ("Russian Ministry" + "of" + "Foreign Affairs" → "Russian
/// Ministry of Foreign Affairs") when the first part ends with an organisation word, or at "for" when it starts with
/// one ("Court of Arbitration" + "for" + "Sport", "Institute" + "for" + "Fiscal Studies"), and two names joined by "&amp;"
/// whatever the tagger called them ("Marsh" + "&amp;" + "McLennan" → the firm "Marsh &amp; McLennan").
/// </summary>
internal static class OfMerger
{
    public static List<Candidate> Merge(List<Candidate> candidates, Gazetteer gazetteer, string text)
    {
        var result = new List<Candidate>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var current = candidates[i];
            if (i + 1 < candidates.Count && candidates[i + 1] is var next && next.Region == current.Region && next.First == current.Last + 1
                && ((current.Type == MentionType.Organization && next.Type != MentionType.Person && current.Region.Tokens[current.Last].Text == "of"
                        && (gazetteer.Lookup(current.Region.Tokens[current.Last - 1].Text) & GazetteerKind.OrgSuffix) != 0)
                    || (current.Type == MentionType.Organization && next.Type is MentionType.Organization or MentionType.Other && current.Region.Tokens[current.Last].Text == "for"
                        && (gazetteer.Lookup(current.Region.Tokens[current.First].Text) & GazetteerKind.OrgSuffix) != 0)
                    || (current.Region.Tokens[current.Last].Text == "&" && current.Type is MentionType.Person or MentionType.Organization
                        && next.Type is MentionType.Person or MentionType.Organization)))
            {
                var tokens = current.Region.Tokens;
                result.Add(new Candidate(current.Region, current.First, next.Last, MentionType.Organization)
                {
                    Text = text[tokens[current.First].Span.Start..tokens[next.Last - 1].Span.End],
                });
                i++;
                continue;
            }

            result.Add(current);
        }

        return result;
    }
}
