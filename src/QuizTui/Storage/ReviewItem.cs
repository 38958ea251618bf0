using QuizTui.Core.Questions;
using QuizTui.Core.Scheduling;

namespace QuizTui.Storage;

/// <summary>A due question rebuilt from the database alone, with its article and schedule.</summary>
public sealed record ReviewItem(Question Question, string ArticleHash, ReviewCard Card);
