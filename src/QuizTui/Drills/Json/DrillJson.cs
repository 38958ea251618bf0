using QuizTui.Core.Drills;

namespace QuizTui.Drills.Json;

/// <summary>A drill in the document.</summary>
public sealed record DrillJson(
    string Name,
    DrillSettings Settings,
    bool Locked,
    DateTimeOffset Created,
    IReadOnlyList<DrillArticle> Articles,
    IReadOnlyList<DrillQuestionJson> Questions);
