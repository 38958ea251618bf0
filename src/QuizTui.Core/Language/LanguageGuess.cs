namespace QuizTui.Core.Language;

/// <summary>The language an article seems to be written in.</summary>
/// <param name="Name">An English name: "English", "French", "Cyrillic-script language".</param>
/// <param name="IsEnglish">True when the generators can handle the text.</param>
/// <param name="Confidence">0 to 1: the share of the text's evidence that points to this language.</param>
public sealed record LanguageGuess(string Name, bool IsEnglish, double Confidence);
