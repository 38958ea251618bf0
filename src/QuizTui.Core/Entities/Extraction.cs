using QuizTui.Core.Parsing;
using QuizTui.Core.Quantities;
using QuizTui.Core.Times;

namespace QuizTui.Core.Entities;

/// <summary>Who, where, when and how many: everything found in one article, each list in text order.</summary>
public sealed record Extraction(
    Article Article,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<Quantity> Quantities);
