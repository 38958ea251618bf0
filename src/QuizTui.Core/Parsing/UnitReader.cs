using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>
/// Cuts text into candidate paragraphs. Blank lines always separate; inside a block a line break
/// separates too (one paragraph a line, tokenized one-sentence-a-line text), unless the line was
/// hard-wrapped: it does not end like a sentence and is long or the next line goes on in lower case.
/// </summary>
internal static class UnitReader
{
    private const int WrapWidth = 60;

    public static List<TextUnit> Read(string text, int start, int end)
    {
        var units = new List<TextUnit>();
        var unitStart = -1;
        var unitEnd = -1;
        var position = start;
        while (position < end)
        {
            var lineEnd = text.IndexOf('\n', position, end - position);
            if (lineEnd < 0)
            {
                lineEnd = end;
            }

            var (lineStart, lineStop) = Trim(text, position, lineEnd);
            if (lineStop == lineStart)
            {
                Flush(text, ref unitStart, unitEnd, units);
            }
            else if (unitStart >= 0 && !IsWrapped(text, unitStart, unitEnd, lineStart))
            {
                Flush(text, ref unitStart, unitEnd, units);
                unitStart = lineStart;
                unitEnd = lineStop;
            }
            else
            {
                if (unitStart < 0)
                {
                    unitStart = lineStart;
                }

                unitEnd = lineStop;
            }

            position = lineEnd + 1;
        }

        Flush(text, ref unitStart, unitEnd, units);
        return units;
    }

    private static bool IsWrapped(string text, int unitStart, int unitEnd, int nextLineStart)
    {
        var last = text[unitEnd - 1];
        if (last is '.' or '!' or '?' or '”' or '"' or ':' || !char.IsLetterOrDigit(last) && last is not ',' and not ';' and not '-')
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', unitEnd - 1, unitEnd - unitStart) + 1;
        return char.IsLower(text[nextLineStart]) || unitEnd - Math.Max(lineStart, unitStart) >= WrapWidth;
    }

    private static void Flush(string text, ref int unitStart, int unitEnd, List<TextUnit> units)
    {
        if (unitStart < 0)
        {
            return;
        }

        var unitText = text[unitStart..unitEnd];
        units.Add(new TextUnit(new TextSpan(unitStart, unitEnd), unitText, TextUnit.CountWords(unitText)));
        unitStart = -1;
    }

    public static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
