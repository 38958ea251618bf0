using QuizTui.Core.Text;
using QuizTui.Core.Times;

namespace QuizTui.Core.Quantities;

/// <summary>
/// Finds counted quantities: a number (digits or words, with scale words, money and percentages), an optional
/// comparison ("over", "more than", "or more") and the noun it counts, skipping adjectives and demonyms.
/// Numbers that belong to a date, time, year or duration are left to <see cref="TimeTagger"/>.
/// </summary>
/// <example>
/// <c>QuantityFinder.Find("Rebels seized four Filipino peacekeepers.", regions)</c> → 4 "peacekeepers";
/// "over 70,000 lives" → 70000 "lives" (MORE_THAN); "107 or more" → 107 (EQUAL_OR_MORE).
/// </example>
public static class QuantityFinder
{
    /// <summary>Quantities inside <paramref name="regions"/>, in text order, spans into <paramref name="text"/>.</summary>
    public static IReadOnlyList<Quantity> Find(string text, IReadOnlyList<TextSpan> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var tokenized = regions.OrderBy(r => r.Start).Select(r => Tokenizer.Tokenize(text, r.Start, r.End)).ToList();
        return Find(text, tokenized, TimeTagger.Default.Find(text, tokenized, null));
    }

    /// <summary>Quantities in regions already tokenized (in text order), beside the time expressions already found in them.</summary>
    internal static List<Quantity> Find(string text, IEnumerable<List<Token>> regionTokens, IReadOnlyList<TimeExpression> times)
    {
        var found = new List<Quantity>();
        foreach (var tokens in regionTokens)
        {
            var words = tokens.ConvertAll(t => t.Text.ToLowerInvariant());
            var k = 0;
            while (k < tokens.Count)
            {
                if (QuantityReader.Read(words, tokens, k) is { } q && !times.Any(t => t.Span.Overlaps(q.NumberSpan)))
                {
                    var span = new TextSpan(tokens[q.Start].Span.Start, tokens[q.End - 1].Span.End);
                    // Dividing by 1.000… drops trailing zeros: 1.13bn → 1130000000, not 1130000000.00.
                    found.Add(new Quantity(span.Slice(text), q.Value / 1.0000000000000000000000000000m, q.Unit, span, q.Mod));
                    k = q.End;
                }
                else
                {
                    k++;
                }
            }
        }

        return found;
    }

    /// <summary>Quantities in the whole text.</summary>
    public static IReadOnlyList<Quantity> Find(string text) => Find(text, [new TextSpan(0, text.Length)]);
}
