using QuizTui.Core.Text;

namespace QuizTui.Core.Times;

/// <summary>
/// Finds time expressions (TimeML TIMEX3 extents) and resolves their values against a reference date.
/// Sealed and stateless: one <see cref="Default"/> instance serves every thread.
/// </summary>
/// <example>
/// <c>TimeTagger.Default.Find("Talks stretched late into Tuesday night (May 7).", new DateOnly(2013, 5, 7))</c>
/// → "Tuesday night" (Time, 2013-05-07TNI), "May 7" (Date, 2013-05-07).
/// </example>
public sealed class TimeTagger
{
    private TimeTagger()
    {
    }

    /// <summary>The shared instance.</summary>
    public static TimeTagger Default { get; } = new();

    /// <summary>Time expressions in the whole of <paramref name="text"/>.</summary>
    public IReadOnlyList<TimeExpression> Find(string text, DateOnly? referenceDate) =>
        Find(text, [new TextSpan(0, text.Length)], referenceDate);

    /// <summary>Time expressions inside <paramref name="regions"/> (e.g. each sentence), in text order, with spans into <paramref name="text"/>.</summary>
    public IReadOnlyList<TimeExpression> Find(string text, IReadOnlyList<TextSpan> regions, DateOnly? referenceDate)
    {
        ArgumentNullException.ThrowIfNull(regions);
        return Find(text, regions.OrderBy(r => r.Start).Select(r => Tokenizer.Tokenize(text, r.Start, r.End)), referenceDate);
    }

    /// <summary>Time expressions in regions already tokenized (in text order), so an extractor tokenizes each region once.</summary>
    internal List<TimeExpression> Find(string text, IEnumerable<List<Token>> regionTokens, DateOnly? referenceDate)
    {
        var found = new List<TimeExpression>();
        foreach (var tokens in regionTokens)
        {
            var parser = new TimeParser(text, tokens);
            foreach (var match in parser.Parse())
            {
                var (from, to) = SentenceAround(parser.Lower, match.Start, match.End);
                var tense = TenseCues.Of(parser.Lower, parser.Raw, match.Start, match.End, from, to);
                var (type, value) = TimeResolver.Resolve(match.Meaning, referenceDate, tense);
                var span = new TextSpan(tokens[match.Start].Span.Start, tokens[match.End - 1].Span.End);
                found.Add(new TimeExpression(span.Slice(text), type, value, match.Mod, span));
            }
        }

        return found;
    }

    /// <summary>
    /// Tense cues farther than this are not the expression's clause. Unbounded, a text without sentence
    /// ends (a pasted log, a run-on line) made every expression scan the whole text: quadratic.
    /// </summary>
    private const int MaxReach = 80;

    private static (int From, int To) SentenceAround(IReadOnlyList<string> lower, int start, int end)
    {
        var from = start;
        while (from > 0 && start - from < MaxReach && !IsBoundary(lower, from - 1))
        {
            from--;
        }

        var to = end;
        while (to < lower.Count && to - end < MaxReach && !IsBoundary(lower, to))
        {
            to++;
        }

        return (from, to);
    }

    private static bool IsBoundary(IReadOnlyList<string> lower, int k) =>
        lower[k] is "!" or "?" or ";" or "\n" || (lower[k] == "." && (k == 0 || !TimeLexicon.Months.ContainsKey(lower[k - 1])));
}
