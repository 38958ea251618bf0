using QuizTui.Core.Text;

namespace QuizTui.Core.Parsing;

/// <summary>The parser's working state while it walks an article's units; <see cref="Build"/> freezes it.</summary>
internal sealed class ArticleDraft(string text, ParseOptions options, ArticleFormat format)
{
    private readonly List<(string? Heading, TextSpan? Span, List<Paragraph> Paragraphs)> sections = [];
    private readonly List<Paragraph> paragraphs = [];
    private readonly List<Sentence> sentences = [];

    public string Text { get; } = text;

    public string? Title { get; set; }

    public TextSpan? TitleSpan { get; set; }

    public string? Source { get; set; }

    public string? Byline { get; set; }

    public Segment? Standfirst { get; set; }

    public Dateline? Dateline { get; set; }

    public DateOnly? LineDate { get; set; }

    public DateOnly? CaptionDate { get; set; }

    public DateOnly? DatelineDate { get; set; }

    public Segment? Caption { get; set; }

    public List<Segment> Removed { get; } = [];

    public int ParagraphCount => paragraphs.Count;

    public void Remove(TextSpan span, string reason) => Removed.Add(new Segment(span.Slice(Text), span, reason));

    public void StartSection(string heading, TextSpan span) => sections.Add((heading, span, []));

    public void AddParagraph(TextSpan span)
    {
        if (sections.Count == 0)
        {
            sections.Add((null, null, []));
        }

        var index = paragraphs.Count;
        var own = SentenceSplitter.Split(Text, span.Start, span.End)
            .Select(s => new Sentence(s.Slice(Text), s, index))
            .ToList();
        var paragraph = new Paragraph(index, span.Slice(Text), span, own);
        paragraphs.Add(paragraph);
        sentences.AddRange(own);
        sections[^1].Paragraphs.Add(paragraph);
    }

    public Article Build()
    {
        var (date, dateSource) = options.Date is { } explicitDate ? (explicitDate, DateSource.Explicit)
            : LineDate is { } lineDate ? (lineDate, DateSource.DateLine)
            : CaptionDate is { } captionDate ? (captionDate, DateSource.Caption)
            : DatelineDate is { } datelineDate ? (datelineDate, DateSource.Dateline)
            : options.PublishedDate is { } published ? (published, DateSource.Metadata)
            : ((DateOnly?)null, DateSource.None);
        return new Article
        {
            Text = Text,
            Title = Title ?? options.Title ?? "",
            TitleSpan = TitleSpan,
            Source = Source ?? options.Source,
            Byline = Byline ?? options.Byline,
            Standfirst = Standfirst,
            Dateline = Dateline,
            Date = date,
            DateSource = dateSource,
            Caption = Caption,
            Sections = sections.Where(s => s.Heading is not null || s.Paragraphs.Count > 0)
                .Select(s => new Section(s.Heading, s.Span, s.Paragraphs)).ToList(),
            Paragraphs = paragraphs,
            Sentences = sentences,
            Quotes = QuoteFinder.Find(Text, paragraphs),
            Removed = Removed.OrderBy(r => r.Span.Start).ToList(),
            Format = format,
            WordCount = paragraphs.Sum(p => TextUnit.CountWords(p.Text)),
        };
    }
}
