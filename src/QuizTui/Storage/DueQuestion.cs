using QuizTui.Core.Scheduling;

namespace QuizTui.Storage;

/// <summary>A question in the review queue with its schedule.</summary>
public sealed record DueQuestion(QuestionRecord Question, ReviewCard Card);
