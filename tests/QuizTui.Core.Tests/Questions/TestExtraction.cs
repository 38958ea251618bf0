using QuizTui.Core.Entities;
using QuizTui.Core.Parsing;
using QuizTui.Core.Quantities;
using QuizTui.Core.Questions;
using QuizTui.Core.Text;
using QuizTui.Core.Times;

namespace QuizTui.Core.Tests.Questions;

/// <summary>A hand-annotated extraction of a few sentences, so each transformation is tested without the parser or the tagger of names.</summary>
internal sealed class TestExtraction(params string[] sentences)
{
    private readonly string _text = string.Join(" ", sentences);
    private readonly List<Mention> _mentions = [];
    private readonly List<TimeExpression> _times = [];
    private readonly List<Quantity> _quantities = [];
    private readonly List<Quote> _quotes = [];

    /// <summary>Up to 20 short-answer questions generated from this extraction, as (type, prompt, answer).</summary>
    public IReadOnlyList<(QuestionType Type, string Prompt, string Answer)> Ask()
    {
        var set = QuestionGenerator.Default.Generate(Build(), new QuestionOptions(Count: 20, Format: QuestionFormat.ShortAnswer));
        return [.. set.Questions.Select(q => (q.Type, q.Prompt, q.Answer))];
    }

    /// <summary>Every candidate the transformations produce, before ranking keeps one question per answer and sentence.</summary>
    public IReadOnlyList<(QuestionType Type, string Prompt, string Answer)> Candidates() =>
        [.. QuestionGenerator.Default.Candidates(new ArticleContext(Build())).Select(c => (c.Type, c.Prompt, c.Key.Display))];

    public TestExtraction Person(string text, string? entity = null, string? role = null) => Mention(text, MentionType.Person, entity, role);

    public TestExtraction Place(string text, string? entity = null) => Mention(text, MentionType.Place, entity);

    public TestExtraction Organization(string text, string? entity = null) => Mention(text, MentionType.Organization, entity);

    public TestExtraction Other(string text) => Mention(text, MentionType.Other, null);

    /// <summary>Marks only the <paramref name="text"/> that opens the first <paramref name="within"/> as an organisation (the recogniser typed one mention so).</summary>
    public TestExtraction OrganizationAt(string within, string text)
    {
        var at = Find(within).Start;
        _mentions.Add(new Mention(text, MentionType.Organization, new TextSpan(at, at + text.Length), text, null));
        return this;
    }

    public TestExtraction Time(string text, string value)
    {
        _times.Add(new TimeExpression(text, TimeType.Date, value, null, Find(text)));
        return this;
    }

    public TestExtraction Quantity(string text, decimal value, string unit, string? mod = null)
    {
        _quantities.Add(new Quantity(text, value, unit, Find(text), mod));
        return this;
    }

    public TestExtraction Quote(string words, string speaker)
    {
        var span = Find(words);
        var sentence = Sentences().First(s => s.Span.Contains(span));
        _quotes.Add(new Quote(words, speaker, span, sentence));
        return this;
    }

    public Extraction Build()
    {
        var sentences = Sentences();
        var paragraph = new Paragraph(0, _text, new TextSpan(0, _text.Length), sentences);
        var article = new Article
        {
            Text = _text,
            Title = "Test",
            Sections = [new Section(null, null, [paragraph])],
            Paragraphs = [paragraph],
            Sentences = sentences,
            Quotes = _quotes,
            Removed = [],
            Date = new DateOnly(2013, 5, 7),
        };
        return new Extraction(article, [.. _mentions.OrderBy(m => m.Span.Start)], [.. _times.OrderBy(t => t.Span.Start)], _quantities);
    }

    private List<Sentence> Sentences()
    {
        var list = new List<Sentence>();
        var start = 0;
        foreach (var s in sentences)
        {
            list.Add(new Sentence(s, new TextSpan(start, start + s.Length), 0));
            start += s.Length + 1;
        }

        return list;
    }

    private TestExtraction Mention(string text, MentionType type, string? entity, string? role = null)
    {
        var from = 0;
        while (_text.IndexOf(text, from, StringComparison.Ordinal) is var at and >= 0)
        {
            if (!_mentions.Any(m => m.Span.Start == at))
            {
                _mentions.Add(new Mention(text, type, new TextSpan(at, at + text.Length), entity ?? text, role));
            }

            from = at + text.Length;
        }

        return this;
    }

    private TextSpan Find(string text)
    {
        var at = _text.IndexOf(text, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{text}' is not in the test text.");
        }

        return new TextSpan(at, at + text.Length);
    }
}
