using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;
using QuizTui.Tui.Screens;

namespace QuizTui.Tui;

/// <summary>An unfinished quiz found in the progress database: its session, set-up, questions and the verdicts already given.</summary>
/// <param name="Questions">The answered questions first, in the order answered, then the others in quiz order.</param>
/// <param name="Earlier">The verdicts on the first questions of <paramref name="Questions"/>.</param>
internal sealed record ResumedQuiz(string SessionId, QuizSetup Setup, IReadOnlyList<Question> Questions, IReadOnlyList<QuizAnswer> Earlier);
