namespace QuizTui.Core.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in an article's decoded text.</summary>
/// <example><c>new TextSpan(4, 9).Slice("The quick fox")</c> → <c>"quick"</c></example>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>The text this span covers.</summary>
    public string Slice(string text) => text[Start..End];
}
