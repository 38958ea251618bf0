using QuizTui.Core.Text;

namespace QuizTui.Core.Entities.Linking;

/// <summary>A mention on its way through typing and linking: where it is, among which tokens, and what it became.</summary>
internal sealed class Candidate(TextRegion region, int first, int last, MentionType type)
{
    public TextRegion Region { get; } = region;

    /// <summary>Index of the first token in <see cref="TextRegion.Tokens"/>.</summary>
    public int First { get; } = first;

    /// <summary>Index one past the last token.</summary>
    public int Last { get; } = last;

    public MentionType Type { get; set; } = type;

    /// <summary>The type comes from the name's own words or context (a head word, a religion, a work's title), so linking keeps it.</summary>
    public bool Settled { get; set; }

    /// <summary>The name of a work or an award found by <see cref="WorkTitles"/>.</summary>
    public bool IsWork { get; set; }

    public TextSpan Span => new(Region.Tokens[First].Span.Start, Region.Tokens[Last - 1].Span.End);

    public string Text { get; init; } = "";

    public int TokenCount => Last - First;

    public IEnumerable<string> Words => Region.Tokens.Skip(First).Take(TokenCount).Select(t => t.Text);

    /// <summary>The canonical name shared with the other mentions of the entity.</summary>
    public string Entity { get; set; } = "";

    public string? Role { get; set; }

    public Mention ToMention() => new(Text, Type, Span, Entity, Role);
}
