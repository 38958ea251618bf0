using System.Globalization;
using QuizTui.Core.Entities;
using QuizTui.Core.Grammar;
using QuizTui.Core.Parsing;
using QuizTui.Core.Quantities;
using QuizTui.Core.Text;
using QuizTui.Core.Times;

namespace QuizTui.Evaluation;

/// <summary>
/// A crude stand-in for the extractor (proper-noun runs typed by small word lists, month and weekday
/// dates, counted nouns) used only while the real <c>Extractor</c> is not on main.
/// </summary>
internal static class StandInExtraction
{
    private static readonly string[] OrgWords = ["Council", "Department", "Ministry", "Union", "Nations", "League", "Party", "Authority", "Bank", "Agency", "Corporation", "Group", "Company", "Commission", "Army", "Police", "Association", "Committee", "Office", "Institute", "University", "Federation", "Club", "BBC", "UN", "EU", "Nato", "NATO", "Microsoft", "Google", "Hezbollah", "Labour", "Tories", "Conservatives"];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] Days = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;
    private static readonly HashSet<string> Places = LoadPlaces();

    public static Extraction Extract(Article article)
    {
        var mentions = new List<Mention>();
        var times = new List<TimeExpression>();
        var quantities = new List<Quantity>();
        var reference = article.Date ?? new DateOnly(2005, 1, 1);
        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sentence in article.Sentences)
        {
            var s = TaggedSentence.Analyze(article.Text, sentence.Span, PosTagger.Default, Chunker.Default);
            for (var i = 0; i < s.Count; i++)
            {
                var word = s.Word(i);
                if (Months.Contains(word))
                {
                    var month = Array.IndexOf(Months, word) + 1;
                    var end = i + 1;
                    var value = $"{(month > reference.Month ? reference.Year - 1 : reference.Year)}-{month:00}";
                    if (end < s.Count && int.TryParse(s.Word(end), out var day) && day is > 0 and < 32)
                    {
                        value += $"-{day:00}";
                        end++;
                    }

                    Add(times, s, i, end, t => new TimeExpression(t, TimeType.Date, value, null, Span(s, i, end)));
                    continue;
                }

                if (Days.Contains(word))
                {
                    var back = ((int)reference.DayOfWeek - Array.IndexOf(Days, word) + 7) % 7;
                    var value = reference.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    Add(times, s, i, i + 1, t => new TimeExpression(t, TimeType.Date, value, null, Span(s, i, i + 1)));
                    continue;
                }

                if (s.Tags[i] == "CD" && decimal.TryParse(word.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && i + 1 < s.Count && s.Tags[i + 1] == "NNS")
                {
                    var start = i > 0 && s.Lower(i - 1) is "over" or "about" or "nearly" or "some" ? i - 1 : i;
                    quantities.Add(new Quantity(s.Render(Enumerable.Range(start, i + 2 - start)), number, s.Word(i + 1), Span(s, start, i + 2)));
                    continue;
                }

                if (s.Tags[i] is "NNP" or "NNPS" && char.IsUpper(word[0]))
                {
                    var end = i;
                    while (end < s.Count && s.Tags[end] is "NNP" or "NNPS" && char.IsUpper(s.Word(end)[0]))
                    {
                        end++;
                    }

                    var text = s.Render(Enumerable.Range(i, end - i));
                    var type = Places.Contains(text) ? MentionType.Place
                        : OrgWords.Any(o => text.Split(' ').Contains(o)) || (text.Length <= 4 && text.All(char.IsUpper)) ? MentionType.Organization
                        : end - i >= 2 ? MentionType.Person
                        : people.ContainsKey(text) ? MentionType.Person : MentionType.Other;
                    var entity = text;
                    if (type == MentionType.Person)
                    {
                        if (end - i >= 2)
                        {
                            people[s.Word(end - 1)] = text;
                        }
                        else
                        {
                            entity = people[text];
                        }
                    }

                    if (type != MentionType.Other)
                    {
                        mentions.Add(new Mention(text, type, Span(s, i, end), entity));
                    }

                    i = end - 1;
                }
            }
        }

        // The real time tagger and quantity finder are on main; only the mentions are stood in for.
        var regions = article.Sentences.Select(x => x.Span).ToList();
        var realTimes = Core.Times.TimeTagger.Default.Find(article.Text, regions, article.Date);
        var realQuantities = QuantityFinder.Find(article.Text, regions);
        _ = times;
        _ = quantities;
        return new Extraction(article, mentions, realTimes, realQuantities);
    }

    private static void Add(List<TimeExpression> times, TaggedSentence s, int from, int to, Func<string, TimeExpression> make) =>
        times.Add(make(s.Render(Enumerable.Range(from, to - from))));

    private static TextSpan Span(TaggedSentence s, int from, int to) => new(s.Tokens[from].Span.Start, s.Tokens[to - 1].Span.End);

    private static HashSet<string> LoadPlaces()
    {
        var folder = Path.Combine(AppContext.BaseDirectory);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "countries.txt", "cities.txt", "regions.txt" })
        {
            using var stream = typeof(PosTagger).Assembly.GetManifestResourceStream($"QuizTui.Core.Resources.Questions.{file}")!;
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                names.Add(line.StartsWith("the ", StringComparison.Ordinal) ? line[4..] : line);
            }
        }

        _ = folder;
        names.UnionWith(["US", "UK", "Britain", "England", "Scotland", "Wales", "Europe", "Asia", "Africa", "America", "Golan Heights", "Moscow", "Washington"]);
        return names;
    }
}
