namespace QuizTui.Core.Summaries;

/// <summary>The article at a glance: the main people, the main event, the main places and dates.</summary>
/// <param name="Who">The main people, most prominent first, with the role the article gives them.</param>
/// <param name="What">The main event in one sentence of the article, or null for an empty article.</param>
/// <param name="Where">The main places, most prominent first.</param>
/// <param name="When">The main dates, most prominent first.</param>
public sealed record KeyFacts(
    IReadOnlyList<KeyPerson> Who,
    string? What,
    IReadOnlyList<string> Where,
    IReadOnlyList<KeyDate> When);
