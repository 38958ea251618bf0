using QuizTui.Core.Text;

namespace QuizTui.Evaluation.Ner;

/// <summary>A CoNLL document as the text a user would paste (one sentence a line, tokens joined by spaces) with its gold spans.</summary>
public sealed record ConllDocument(string Text, IReadOnlyList<TextSpan> Lines, IReadOnlyList<(TextSpan Span, string Type)> Gold, int Words)
{
    public static ConllDocument From(IReadOnlyList<(string[] Words, string[] Tags)> sentences)
    {
        var text = new System.Text.StringBuilder();
        var lines = new List<TextSpan>();
        var gold = new List<(TextSpan, string)>();
        var words = 0;
        foreach (var (tokens, tags) in sentences)
        {
            var lineStart = text.Length;
            var starts = new int[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                starts[i] = text.Length;
                text.Append(tokens[i]);
            }

            foreach (var (start, end, type) in QuizTui.Core.Entities.Tagging.BilouLabels.SpansFromIob1(tags))
            {
                gold.Add((new TextSpan(starts[start], starts[end - 1] + tokens[end - 1].Length), type));
            }

            lines.Add(new TextSpan(lineStart, text.Length));
            text.Append('\n');
            words += tokens.Length;
        }

        return new ConllDocument(text.ToString(), lines, gold, words);
    }
}
