using QuizTui.Core.Grammar;
using QuizTui.Core.Entities;

namespace QuizTui.Core.Questions;

internal sealed partial class CandidateFinder
{
    /// <summary>"... seized four peacekeepers in the Golan Heights" → "Where did ... seize four peacekeepers?"</summary>
    private void Where(ClauseRealizer r, double penalty)
    {
        var s = r.S;
        var clause = r.Clause;
        if (clause.Negated)
        {
            return;
        }

        foreach (var k in clause.Rest)
        {
            if (s.Lower(k) is not ("in" or "at" or "near" or "inside" or "across" or "throughout" or "outside")
                || k + 1 >= s.Count || s.ChunkType(k + 1) != "NP" || !clause.Rest.Contains(k + 1))
            {
                continue;
            }

            // A place inside an infinitive or participle phrase belongs to that phrase, not to the clause's verb.
            if (clause.Rest.Any(j => j < k && s.Tags[j] is "TO" or "VBG" or "WDT" or "IN" && s.Lower(j) is not ("in" or "at" or "for" or "with" or "on" or "of" or "from" or "into" or "by")))
            {
                return;
            }

            var np = NounPhrase(s, k + 1);
            var end = np[^1] + 1;
            if (!clause.Rest.Contains(np[^1]) || (end < s.Count && s.Tags[end] == "POS")
                || context.Head(s, np, MentionType.Place) is not { } head || np.Any(j => s.Tags[j] is "PRP$" or "CC"))
            {
                continue;
            }

            var (front, after) = r.Inverted();
            var prompt = Question("Where", front, r.Subject(), after, r.Words(Without(clause.Rest, k, end)));
            var key = EntityKey(head, AnswerKind.Place, s, np);
            Add(QuestionType.Where, prompt, key, Statement(r, k + 1, end), penalty);
            return;
        }
    }

    /// <summary>"... seized 21 peacekeepers in March" → "When did ... seize 21 peacekeepers?" → "in March (2013)".</summary>
    private void When(ClauseRealizer r, double penalty)
    {
        var s = r.S;
        var clause = r.Clause;
        if (clause.Negated || clause.Rest.Count == 0)
        {
            return;
        }

        var restSpan = (s.Tokens[clause.Rest[0]].Span.Start, s.Tokens[clause.Rest[^1]].Span.End);
        foreach (var time in context.Extraction.Times)
        {
            if (time.Type is not (Times.TimeType.Date or Times.TimeType.Time) || time.Span.Start < restSpan.Item1 || time.Span.End > restSpan.Item2)
            {
                continue;
            }

            var tokens = clause.Rest.Where(k => s.Tokens[k].Span.Start >= time.Span.Start && s.Tokens[k].Span.End <= time.Span.End).ToList();
            if (tokens.Count == 0)
            {
                continue;
            }

            var from = tokens[0];
            var end = tokens[^1] + 1;
            var preposition = "";
            if (from > 0 && s.Tags[from - 1] is "IN" or "TO" && clause.Rest.Contains(from - 1))
            {
                preposition = s.Lower(from - 1);
                if (preposition is not ("in" or "on" or "at" or "during" or "by" or "early" or "late"))
                {
                    continue;
                }

                from--;
            }

            // A date inside a longer noun phrase ("the May 7 meeting") is not an adjunct.
            if ((end < s.Count && s.Tags[end].StartsWith("NN", StringComparison.Ordinal)) || (from > 0 && clause.Rest.Contains(from - 1) && s.Tags[from - 1] is "DT" or "POS"))
            {
                continue;
            }

            if (AnswerForms.Time(time, preposition, time.Span) is not { } key)
            {
                continue;
            }

            var (front, after) = r.Inverted();
            var prompt = Question("When", front, r.Subject(), after, r.Words(Without(clause.Rest, from, end)));
            Add(QuestionType.When, prompt, key, Statement(r, from, end), penalty);
            return;
        }
    }

    /// <summary>"a conflict that has claimed over 70,000 lives" → "How many lives has ... claimed?" → "over 70,000".</summary>
    private void HowMany(ClauseRealizer r, double penalty)
    {
        var s = r.S;
        var clause = r.Clause;
        if (clause.Negated)
        {
            return;
        }

        foreach (var quantity in context.Extraction.Quantities)
        {
            var tokens = Enumerable.Range(0, s.Count).Where(k => s.Tokens[k].Span.Start >= quantity.Span.Start && s.Tokens[k].Span.End <= quantity.Span.End).ToList();
            var lastNumber = tokens.LastOrDefault(k => s.Tags[k] == "CD", -1);
            if (lastNumber < 0 || quantity.Value < 2 || tokens.Any(k => s.Word(k) is "$" or "£" or "€" or "%"))
            {
                continue;
            }

            var firstNumber = tokens.First(k => s.Tags[k] == "CD");
            var unitEnd = s.ChunkEnd(lastNumber);
            var unit = Enumerable.Range(lastNumber + 1, Math.Max(0, unitEnd - lastNumber - 1)).ToList();
            if (unit.Count == 0 || s.Tags[unit[^1]] is not ("NNS" or "NNPS") || unit.Any(k => s.Tags[k] == "CD" || s.Lower(k) is "percent" or "cent")
                || (unitEnd < s.Count && s.Tags[unitEnd] == "POS"))
            {
                continue;
            }

            var modifier = s.Render(tokens.Where(k => k < firstNumber));
            var number = Enumerable.Range(tokens[0], lastNumber - tokens[0] + 1).ToList();
            var span = new Text.TextSpan(s.Tokens[number[0]].Span.Start, s.Tokens[lastNumber].Span.End);
            var key = AnswerForms.Number(quantity, s.Render(number), modifier, span);
            var unitWords = r.Words(unit);
            if (clause.Subject.Contains(lastNumber))
            {
                var before = clause.Subject.Where(k => k < number[0]).ToList();
                if (before.Any(k => s.Tags[k] != "DT"))
                {
                    continue;
                }

                var prompt = Question("How many", unitWords, r.Words(clause.Subject.Where(k => k >= unitEnd)), r.VerbGroupAsWritten(), r.Words(clause.Rest));
                var statement = Sentence([r.Words(before, lowerFirst: true), "{A}", unitWords, r.Words(clause.Subject.Where(k => k >= unitEnd)), r.VerbGroupAsWritten(), r.Words(clause.Rest)], ".");
                Add(QuestionType.HowMany, prompt, key, statement, penalty);
            }
            else if (clause.Rest.Contains(number[0]) && clause.Rest.Contains(unitEnd - 1)
                && (number[0] == clause.Rest[0] || s.Tags[number[0] - 1] is "RB" || VerbGroup.IsVerbTag(s.Tags[number[0] - 1])))
            {
                var (front, after) = r.Inverted();
                var prompt = Question("How many", unitWords, front, r.Subject(), after, r.Words(Without(clause.Rest, number[0], unitEnd)));
                Add(QuestionType.HowMany, prompt, key, Statement(r, number[0], lastNumber + 1), penalty);
            }
        }
    }
}
