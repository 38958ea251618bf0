namespace QuizTui.Core.Drills;

/// <summary>A question of a released drill review: the question with its key and rulings, its article's credit, and the student's graded answer.</summary>
/// <param name="Article">The article's credit without its text; null for a teacher's own question on no article.</param>
public sealed record DrillReviewItem(DrillQuestion Question, DrillArticle? Article, DrillAnswer Answer);
