namespace QuizTui.Core.Questions;

/// <summary>One comprehension question with its key.</summary>
/// <param name="Id">Stable id from the article's content hash, the evidence span, the type and the answer (not the wording).</param>
/// <param name="Prompt">The question, or for true/false the statement to judge.</param>
/// <param name="Answer">The key as a teacher would write it ("John Kerry"; "True").</param>
/// <param name="Accept">Other accepted forms of the answer ("Kerry", "Secretary Kerry").</param>
/// <param name="Choices">Multiple choice: the answer and its distractors in display order; true/false: "True", "False"; short answer: empty.</param>
/// <param name="Difficulty">Estimated difficulty from 0 (easy) to 1 (hard).</param>
public sealed record Question(
    string Id,
    QuestionType Type,
    QuestionFormat Format,
    string Prompt,
    string Answer,
    IReadOnlyList<string> Accept,
    IReadOnlyList<string> Choices,
    Evidence Evidence,
    double Difficulty);
