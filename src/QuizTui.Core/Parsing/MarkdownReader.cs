using System.Text.RegularExpressions;
using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>The little Markdown an article needs: YAML front matter and ATX headings ("# Title").</summary>
internal static partial class MarkdownReader
{
    /// <summary>True when the text opens with front matter or has a heading line.</summary>
    public static bool Looks(string text) => text.StartsWith("---\n", StringComparison.Ordinal) || HeadingLine().IsMatch(text);

    /// <summary>Front matter keys (lower case) with their value spans, and where the rest of the text starts.</summary>
    public static (Dictionary<string, TextSpan> Fields, int End) FrontMatter(string text)
    {
        var fields = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (fields, 0);
        }

        var position = 4;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text[position..lineEnd].TrimEnd();
            if (line is "---" or "...")
            {
                return (fields, Math.Min(lineEnd + 1, text.Length));
            }

            var match = Field().Match(line);
            if (match.Success)
            {
                var value = match.Groups["value"];
                fields[match.Groups["key"].Value.ToLowerInvariant()] = new TextSpan(position + value.Index, position + value.Index + value.Length);
            }

            position = lineEnd + 1;
        }

        return (new Dictionary<string, TextSpan>(StringComparer.Ordinal), 0);
    }

    /// <summary>The heading's level and the span of its words, when the unit is an ATX heading.</summary>
    public static (int Level, TextSpan Span)? Heading(TextUnit unit)
    {
        var match = HeadingUnit().Match(unit.Text);
        if (!match.Success)
        {
            return null;
        }

        var words = match.Groups["words"];
        return (match.Groups["marks"].Length, new TextSpan(unit.Span.Start + words.Index, unit.Span.Start + words.Index + words.Length));
    }

    [GeneratedRegex(@"^#{1,6} +\S", RegexOptions.Multiline)]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^(?<marks>#{1,6}) +(?<words>.*?)(?: +#+)? *$")]
    private static partial Regex HeadingUnit();

    [GeneratedRegex(@"^(?<key>[A-Za-z_][\w-]*) *: *[""']?(?<value>.*?)[""']? *$")]
    private static partial Regex Field();
}
