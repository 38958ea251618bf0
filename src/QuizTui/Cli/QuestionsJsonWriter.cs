using System.Text.Json;
using QuizTui.Cli.Json;
using QuizTui.Core.Questions;

namespace QuizTui.Cli;

/// <summary>The JSON contract for a question set.</summary>
internal static class QuestionsJsonWriter
{
    public static string Serialize(string file, QuestionSet set)
    {
        var questions = set.Questions.Select(q => new QuestionJson(
            q.Id,
            QuestionFormatter.Name(q.Type),
            FormatName(q.Format),
            q.Prompt,
            q.Answer,
            q.Accept,
            q.Format == QuestionFormat.MultipleChoice ? q.Choices : null,
            new EvidenceJson(q.Evidence.Text, q.Evidence.Span.Start, q.Evidence.Span.End, q.Evidence.AnswerSpan.Start, q.Evidence.AnswerSpan.End),
            q.Difficulty)).ToList();
        return JsonSerializer.Serialize(new QuestionsJson(file, questions, set.Note), QuestionsJsonContext.Default.QuestionsJson);
    }

    public static string FormatName(QuestionFormat format) => format switch
    {
        QuestionFormat.MultipleChoice => "mc",
        QuestionFormat.ShortAnswer => "short",
        _ => "tf",
    };
}
