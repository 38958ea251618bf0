using QuizTui.Core.Parsing;

namespace QuizTui.Core.Questions;

/// <summary>A generated question before ranking and formatting.</summary>
/// <param name="Statement">The fact as a declarative sentence with "{A}" where the answer phrase stands.</param>
/// <param name="Penalty">Quality deductions found while building it (pronoun replaced, embedded clause ...).</param>
internal sealed record Candidate(
    QuestionType Type,
    string Prompt,
    AnswerKey Key,
    Sentence Sentence,
    int SentenceIndex,
    string Statement,
    double Penalty);
