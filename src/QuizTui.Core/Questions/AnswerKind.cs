namespace QuizTui.Core.Questions;

/// <summary>What kind of thing an answer is, which decides its accepted forms and its distractors.</summary>
internal enum AnswerKind
{
    Person,
    Organization,
    Place,
    Date,
    Number,
}
