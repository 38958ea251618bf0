namespace QuizTui.Cli.Json;

/// <summary>One line of <c>quiztui parse --json</c>; offsets are UTF-16 indices into the decoded input, end exclusive.</summary>
internal sealed record ParsedArticleJson(
    string File,
    string Title,
    string? Source,
    string? Byline,
    string? Standfirst,
    DatelineJson? Dateline,
    string? Date,
    string DateSource,
    string? Caption,
    IReadOnlyList<SectionJson> Sections,
    IReadOnlyList<QuoteJson> Quotes,
    IReadOnlyList<RemovedJson> Removed,
    string Format,
    int WordCount);
