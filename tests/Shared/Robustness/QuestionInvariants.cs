using QuizTui.Core.Questions;
using static QuizTui.Testing.Robustness.SpanChecks;

namespace QuizTui.Testing.Robustness;

/// <summary>Each question's evidence slices back and holds its answer; a multiple-choice item has its answer once among distinct choices.</summary>
public static class QuestionInvariants
{
    public static void Check(string text, QuestionSet set)
    {
        foreach (var question in set.Questions)
        {
            var evidence = question.Evidence;
            SlicesTo(text, evidence.Span, evidence.Text, $"evidence of \"{Short(question.Prompt)}\"");
            Require(evidence.Span.Contains(evidence.AnswerSpan) && evidence.AnswerSpan.Length > 0, $"answer span {evidence.AnswerSpan} of \"{Short(question.Prompt)}\" is not inside its evidence {evidence.Span}");
            Require(!string.IsNullOrWhiteSpace(question.Prompt) && !string.IsNullOrWhiteSpace(question.Answer), "blank prompt or answer");
            if (question.Format == QuestionFormat.MultipleChoice)
            {
                Require(question.Choices.Count(c => c == question.Answer) == 1, $"\"{Short(question.Prompt)}\": answer \"{question.Answer}\" is not exactly once among its choices");
                Require(question.Choices.Distinct(StringComparer.OrdinalIgnoreCase).Count() == question.Choices.Count, $"\"{Short(question.Prompt)}\": repeated choices");
            }
        }
    }
}
