using QuizTui.Core.Text;

namespace QuizTui.Core.Times;

/// <summary>
/// The time-expression grammar over one region's tokens. Rules are composed from shared pieces
/// (numbers, units, months, weekdays, days of month, years, parts of day, modifiers); at each token the
/// longest rule match wins and scanning resumes after it. One instance per region; not shared.
/// </summary>
internal sealed partial class TimeParser
{
    private readonly string text;
    private readonly IReadOnlyList<Token> tokens;
    private readonly string[] lower;
    private readonly string[] raws;

    public TimeParser(string text, IReadOnlyList<Token> tokens)
    {
        this.text = text;
        this.tokens = tokens;
        lower = new string[tokens.Count];
        raws = tokens.Select(t => t.Text).ToArray();
        for (var k = 0; k < tokens.Count; k++)
        {
            lower[k] = tokens[k].Text.ToLowerInvariant();
        }
    }

    public IReadOnlyList<string> Lower => lower;

    public IReadOnlyList<string> Raw => raws;

    public List<TimexMatch> Parse()
    {
        var found = new List<TimexMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (Best(i) is { } m)
            {
                found.Add(m);
                i = m.End;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private TimexMatch? Best(int i)
    {
        TimexMatch? best = null;
        Consider(ref best, Modified(i));
        Consider(ref best, Point(i));
        Consider(ref best, Duration(i));
        Consider(ref best, Set(i));
        Consider(ref best, Reference(i));
        return best;
    }

    private static void Consider(ref TimexMatch? best, TimexMatch? candidate)
    {
        if (candidate is { } c && (best is null || c.End > best.Value.End))
        {
            best = c;
        }
    }

    private int Count => tokens.Count;

    private string W(int k) => k < lower.Length && k >= 0 ? lower[k] : "";

    private string RawAt(int k) => k < tokens.Count && k >= 0 ? tokens[k].Text : "";

    private bool Is(int k, string word) => W(k) == word;

    private bool IsAny(int k, params string[] words) => Array.IndexOf(words, W(k)) >= 0;

    /// <summary>True when token k directly follows token k-1 with no space ("Oct" + ".").</summary>
    private bool Glued(int k) => k > 0 && k < tokens.Count && tokens[k].Span.Start == tokens[k - 1].Span.End;

    private bool Capitalized(int k) => RawAt(k) is { Length: > 0 } r && char.IsUpper(r[0]);

    /// <summary>Matches a fixed word sequence at k; returns the index after it or -1.</summary>
    private int Words(int k, string[] sequence)
    {
        for (var j = 0; j < sequence.Length; j++)
        {
            if (W(k + j) != sequence[j])
            {
                return -1;
            }
        }

        return k + sequence.Length;
    }

    /// <summary>Skips an abbreviation's full stop glued to token k-1 ("Sept" "."), returning the next index.</summary>
    private int SkipAbbreviationDot(int k) => Is(k, ".") && Glued(k) ? k + 1 : k;

    private static TimexMatch Make(int start, int end, TimeMeaning meaning, string? mod = null) =>
        new(start, end, meaning, mod);
}
