using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace QuizTui.Evaluation.Timex;

/// <summary>One TimeML document: the TEXT element's plain content, its creation date and gold TIMEX3s.</summary>
public sealed partial record TimeBankDocument(string Name, string Text, DateOnly CreationDate, IReadOnlyList<GoldTimex> Gold)
{
    public static TimeBankDocument Load(string path)
    {
        var xml = File.ReadAllText(path);
        var dct = DctPattern().Match(xml).Value;
        var creation = DateOnly.ParseExact(Attribute(dct, "value")[..10], "yyyy-MM-dd");
        var body = TextPattern().Match(xml).Groups[1].Value;
        var text = new StringBuilder();
        var gold = new List<GoldTimex>();
        (int Start, string Attributes)? open = null;
        var last = 0;
        foreach (Match tag in TagPattern().Matches(body))
        {
            text.Append(WebUtility.HtmlDecode(body[last..tag.Index]));
            last = tag.Index + tag.Length;
            if (tag.Groups[2].Value != "TIMEX3")
            {
                continue;
            }

            if (tag.Groups[1].Value == "/")
            {
                if (open is { } o && !o.Attributes.Contains("CREATION_TIME", StringComparison.Ordinal))
                {
                    gold.Add(new GoldTimex(o.Start, text.Length, Attribute(o.Attributes, "type"), Attribute(o.Attributes, "value")));
                }

                open = null;
            }
            else
            {
                open = (text.Length, tag.Groups[3].Value);
            }
        }

        text.Append(WebUtility.HtmlDecode(body[last..]));
        return new TimeBankDocument(Path.GetFileNameWithoutExtension(path), text.ToString(), creation, gold);
    }

    private static string Attribute(string attributes, string name)
    {
        var m = Regex.Match(attributes, name + "=\"([^\"]*)\"");
        return m.Success ? m.Groups[1].Value : "";
    }

    [GeneratedRegex("<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>")]
    private static partial Regex DctPattern();

    [GeneratedRegex("<TEXT>(.*)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextPattern();

    [GeneratedRegex("<(/?)([A-Za-z0-9]+)([^>]*)>")]
    private static partial Regex TagPattern();
}

/// <summary>A gold TIMEX3: offsets into the document's plain text, its type and value.</summary>
public sealed record GoldTimex(int Start, int End, string Type, string Value);
