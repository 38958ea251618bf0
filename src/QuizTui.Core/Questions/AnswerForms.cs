using System.Globalization;
using QuizTui.Core.Entities;
using QuizTui.Core.Quantities;
using QuizTui.Core.Text;
using QuizTui.Core.Times;

namespace QuizTui.Core.Questions;

/// <summary>Builds answer keys with the forms a learner may type for them.</summary>
internal static class AnswerForms
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "President", "Minister", "Secretary", "Senator", "Governor", "Mayor", "Judge", "Chancellor", "King",
        "Queen", "Prince", "Princess", "Pope", "Ambassador", "Envoy", "Chairman", "Chairwoman", "Director",
        "Commissioner", "Premier", "Speaker", "Sheikh", "General", "Admiral", "Colonel", "Captain", "Coach",
        "Professor", "Dr", "Dr.", "Bishop", "Cardinal", "Sen.", "Gov.", "Rep.", "Representative",
    };

    /// <summary>A title word: "Secretary", "Mayor", "General".</summary>
    public static bool IsTitle(string word) => Titles.Contains(word);

    public static AnswerKey Entity(ArticleContext context, Mention mention, AnswerKind kind, string asWritten, TextSpan span)
    {
        var accept = new List<string> { mention.Entity, mention.Text, asWritten };
        accept.AddRange(context.FormsOf(mention.Entity));
        // "Charles Evans Jr" goes by "Evans", never by "Jr".
        var words = mention.Entity.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where((w, i) => i == 0 || !PersonNames.IsSuffix(w)).ToArray();
        if (kind == AnswerKind.Person && words.Length > 1)
        {
            // "Asher D", "Malcolm X": an initial for a surname says nothing alone.
            var surname = words[^1];
            if (surname.TrimEnd('.').Length > 1)
            {
                accept.Add(surname);
            }

            // "al-Assad" → "Assad"; a capitalised part ("Ki-moon") is a name of its own, not a particle.
            if (surname.IndexOf('-', StringComparison.Ordinal) is > 0 and <= 3 && char.IsLower(surname[0]))
            {
                accept.Add(surname[(surname.IndexOf('-', StringComparison.Ordinal) + 1)..]);
            }

            if (mention.Role is { } role)
            {
                // "Secretary Kerry", "Minister Lavrov": only a word that is a title, never "State Kerry".
                if (role.Split(' ').LastOrDefault(w => Titles.Contains(w)) is { } title)
                {
                    accept.Add($"{title} {surname}");
                }

                // "He accused Mr Blair's government": a role that holds a courtesy title was read across a verb; no form of the name.
                if (!role.Split(' ').Any(w => w.TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Miss"))
                {
                    accept.Add($"{role} {mention.Entity}");
                }
            }
        }

        accept.AddRange(accept.Where(a => a.StartsWith("the ", StringComparison.OrdinalIgnoreCase)).Select(a => a[4..]).ToList());
        var display = kind == AnswerKind.Place ? WithoutPeriod(asWritten, mention.Text) : mention.Entity;
        return new AnswerKey(kind, display, display, mention.Entity, Distinct(accept, display), span, asWritten);
    }

    /// <summary>"1970s Russia", "19th-century Paris": the place without the time that dates it (the whole stays accepted).</summary>
    private static string WithoutPeriod(string asWritten, string place) =>
        asWritten.EndsWith(place, StringComparison.Ordinal) && asWritten.Length > place.Length
            && System.Text.RegularExpressions.Regex.IsMatch(asWritten[..^place.Length], @"^(1\d|20)\d(0s|\d) $|^\d{1,2}(st|nd|rd|th)[- ]century $", System.Text.RegularExpressions.RegexOptions.IgnoreCase)
            ? place
            : asWritten;

    public static AnswerKey? Time(TimeExpression time, string preposition, TextSpan span)
    {
        var formatted = TimeText.Format(time.Value);
        if (formatted is null || TimeText.UnwrittenYearPart(time.Value, time.Text))
        {
            return null;
        }

        var said = preposition.Length > 0 ? $"{preposition} {time.Text}" : time.Text;

        // "in March (2013)": the parenthesis adds what the words leave out; "last June (June 2012)".
        var bare = time.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? time.Text[4..] : time.Text;
        var display = formatted.Equals(bare, StringComparison.OrdinalIgnoreCase) || TimeText.SaysAll(bare, formatted) ? said
            : formatted.StartsWith(bare + " ", StringComparison.OrdinalIgnoreCase) ? $"{said} ({formatted[(bare.Length + 1)..].TrimStart(',', ' ')})"
            : $"{said} ({formatted})";
        var accept = new List<string> { said, time.Text, formatted, display };
        if (preposition.Length > 0)
        {
            accept.Add($"{preposition} {formatted}");
        }

        foreach (var variant in TimeText.Variants(time.Value))
        {
            accept.Add(variant);
            if (preposition.Length > 0)
            {
                accept.Add($"{preposition} {variant}");
            }
        }

        return new AnswerKey(AnswerKind.Date, display, formatted, time.Value, Distinct(accept, display), span, said, preposition);
    }

    public static AnswerKey Number(Quantity quantity, string asWritten, string modifier, TextSpan span)
    {
        // "More than 14.2 million people saw ...": a modifier that opened the sentence is lower case among the choices.
        if (modifier.Length > 0 && char.IsUpper(modifier[0]) && PromptChecks.IsDictionaryWord(modifier.Split(' ')[0]))
        {
            modifier = char.ToLowerInvariant(modifier[0]) + modifier[1..];
        }

        var digits = quantity.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
        var accept = new List<string>
        {
            asWritten,
            digits,
            quantity.Value.ToString(CultureInfo.InvariantCulture),
            modifier.Length > 0 ? $"{modifier} {digits}" : digits,
        };
        var number = asWritten[(modifier.Length > 0 ? modifier.Length + 1 : 0)..];
        accept.Add(number);
        if (quantity.Mod == "MORE_THAN")
        {
            accept.AddRange([$"more than {digits}", $"over {digits}"]);
        }

        // Choices are all written in figures, so "four" among "3", "5" does not stand out; in millions or billions when
        // the article counts so ("19.9 million", not "19,900,000").
        var figures = Figures(quantity.Value, asWritten);
        accept.Add(figures);
        var choice = modifier.Length > 0 ? $"{modifier} {figures}" : figures;
        accept.Add(asWritten);
        return new AnswerKey(AnswerKind.Number, asWritten, choice, quantity.Value.ToString(CultureInfo.InvariantCulture), Distinct(accept, asWritten), span, asWritten, modifier);
    }

    /// <summary>
    /// <paramref name="value"/> in figures, scaled as <paramref name="asWritten"/> is: "19.9 million" for 19,900,000 when
    /// the article wrote "19.9 million", "2.5 billion" likewise; else with thousands separators.
    /// </summary>
    internal static string Figures(decimal value, string asWritten)
    {
        var (scale, word) = asWritten.Contains("billion", StringComparison.OrdinalIgnoreCase) ? (1_000_000_000m, "billion")
            : asWritten.Contains("million", StringComparison.OrdinalIgnoreCase) ? (1_000_000m, "million") : (1m, "");
        return value >= scale && scale > 1
            ? $"{(value / scale).ToString("#,0.##", CultureInfo.InvariantCulture)} {word}"
            : value.ToString("#,0.##", CultureInfo.InvariantCulture);
    }

    private static List<string> Distinct(IEnumerable<string> forms, string display) =>
        [.. forms.Select(f => f.Trim()).Where(f => f.Length > 0 && !f.Equals(display, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)];
}
