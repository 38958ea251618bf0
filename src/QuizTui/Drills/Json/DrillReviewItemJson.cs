using QuizTui.Core.Drills;

namespace QuizTui.Drills.Json;

/// <summary>A question of a released review: the question as in a drill document, its article's credit, the graded answer.</summary>
public sealed record DrillReviewItemJson(DrillQuestionJson Question, DrillArticle? Article, DrillAnswer Answer);
