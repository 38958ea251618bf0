using System.Globalization;

namespace QuizTui.Core.Questions;

/// <summary>Turns a selected candidate into a <see cref="Question"/> in the wanted format, deterministically by the seed.</summary>
internal static class QuestionBuilder
{
    private static readonly QuestionFormat[] Mixed = [QuestionFormat.MultipleChoice, QuestionFormat.ShortAnswer, QuestionFormat.TrueFalse];

    public static Question Build(Candidate c, int position, ArticleContext context, QuestionOptions options)
    {
        var key = c.Key;
        var id = StableId.Hash(string.Create(CultureInfo.InvariantCulture,
            $"{context.ContentHash}|{c.Sentence.Span.Start}-{c.Sentence.Span.End}|{key.Span.Start}-{key.Span.End}|{c.Type}|{key.Value}"), 16);
        var random = new Random(StableId.Seed(id, options.Seed));
        var format = options.Format ?? Mixed[(position + Math.Abs(options.Seed % 3)) % 3];
        var distractors = Distractors.For(key, context, Gazetteer.Default, random, c.Prompt, evidence: c.Sentence.Span);
        if (distractors.Count < 3 && format == QuestionFormat.MultipleChoice)
        {
            format = QuestionFormat.ShortAnswer;
        }

        if (distractors.Count == 0 && format == QuestionFormat.TrueFalse)
        {
            format = QuestionFormat.ShortAnswer;
        }

        var evidence = new Evidence(c.Sentence.Text, c.Sentence.Span, key.Span);
        var difficulty = Difficulty(c, context, format);
        switch (format)
        {
            case QuestionFormat.MultipleChoice:
            {
                var choices = distractors.Append(key.Choice).ToArray();
                random.Shuffle(choices);
                var accept = key.Accept.Append(key.Display).Where(a => a != key.Choice).Distinct(StringComparer.Ordinal).ToList();
                return new Question(id, c.Type, format, c.Prompt, key.Choice, accept, choices, evidence, difficulty);
            }

            case QuestionFormat.TrueFalse:
            {
                var truth = random.Next(2) == 0;
                var fill = truth ? key.Phrase : FalseFill(key, distractors[0]);
                var statement = c.Statement.Replace("{A}", fill, StringComparison.Ordinal);
                statement = char.ToUpperInvariant(statement[0]) + statement[1..];
                return new Question(id, c.Type, format, statement, truth ? "True" : "False", [], ["True", "False"], evidence, difficulty);
            }

            default:
                return new Question(id, c.Type, format, c.Prompt, key.Display, key.Accept, [], evidence, difficulty);
        }
    }

    /// <summary>
    /// The wrong date as the sentence needs it: with the answer's preposition, or one of its own when the answer
    /// had none ("agreed last June" is false as "agreed in November 2012", not "agreed November 2012").
    /// </summary>
    private static string FalseFill(AnswerKey key, string distractor) =>
        key.Kind != AnswerKind.Date ? distractor
        : key.Prefix.Length > 0 ? $"{key.Prefix} {distractor}"
        : $"{(NamesADay(distractor) ? "on" : "in")} {distractor}";

    private static bool NamesADay(string date) =>
        System.Text.RegularExpressions.Regex.IsMatch(date, @"\b\d{1,2}(,| [A-Z])|day\b|^[A-Z][a-z]+ \d{1,2}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static double Difficulty(Candidate c, ArticleContext context, QuestionFormat format)
    {
        var sentences = Math.Max(1, context.Article.Sentences.Count);
        var mentions = context.MentionCounts.TryGetValue(c.Key.Value, out var n) ? n : 1;
        var value = 0.25 + (0.35 * c.SentenceIndex / sentences) + (mentions <= 1 ? 0.15 : 0) + c.Penalty
            + c.Type switch { QuestionType.HowMany => 0.1, QuestionType.WhoSaid => 0.05, _ => 0 }
            + format switch { QuestionFormat.MultipleChoice => -0.1, QuestionFormat.TrueFalse => -0.15, _ => 0.1 };
        return Math.Round(Math.Clamp(value, 0.05, 0.95), 2);
    }
}
