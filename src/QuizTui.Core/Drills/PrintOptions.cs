namespace QuizTui.Core.Drills;

/// <summary>How to print a drill on paper.</summary>
/// <param name="Markdown">Markdown (headings, lists) rather than plain text.</param>
/// <param name="Versions">Version letters ("A", "B"): the same questions, each version in its own seeded order with its own key; empty prints the drill's order once.</param>
/// <param name="AnswerKey">Add each version's key with the evidence sentence for every answer.</param>
public sealed record PrintOptions(bool Markdown = false, IReadOnlyList<string>? Versions = null, bool AnswerKey = false);
