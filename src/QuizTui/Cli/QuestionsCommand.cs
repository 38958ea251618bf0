using System.CommandLine;
using QuizTui.Core.Questions;

namespace QuizTui.Cli;

/// <summary>
/// <c>quiztui questions FILE... [--count N] [--types who,where,...] [--format mc|short|tf|mixed] [--seed S]
/// [--date YYYY-MM-DD] [--json] [--answer-key]</c>: comprehension questions, readable or as JSON Lines.
/// </summary>
internal static class QuestionsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = ArticleOptions.Files();
        var count = new Option<int>("--count") { Description = "The most questions per article (default 10).", DefaultValueFactory = _ => 10 };
        var types = new Option<string?>("--types") { Description = "Question types: who,where,when,how-many,who-said (default all)." };
        var format = new Option<string>("--format") { Description = "mc (multiple choice, default), short, tf (true/false) or mixed.", DefaultValueFactory = _ => "mc" };
        var seed = new Option<int>("--seed") { Description = "Seed for distractors, choice order and true/false (default 0).", DefaultValueFactory = _ => 0 };
        var date = ArticleOptions.Date();
        var json = ArticleOptions.Json();
        var key = new Option<bool>("--answer-key") { Description = "Add the answer key with each answer's evidence sentence." };
        var command = new Command("questions", "Generate comprehension questions (who, where, when, how many, who said) with answers and evidence.");
        command.Arguments.Add(files);
        foreach (var option in new Option[] { count, types, format, seed, date, json, key })
        {
            command.Options.Add(option);
        }

        command.SetAction(result => Run(
            result.GetValue(files) ?? [],
            new Settings(result.GetValue(count), result.GetValue(types), result.GetValue(format)!, result.GetValue(seed), result.GetValue(date), result.GetValue(json), result.GetValue(key)),
            output,
            error));
        return command;
    }

    internal sealed record Settings(int Count, string? Types, string Format, int Seed, string? Date, bool Json, bool AnswerKey);

    private static int Run(IReadOnlyList<string> files, Settings settings, TextWriter output, TextWriter error)
    {
        if (Options(settings, error) is not { } options || !DateOption.TryParse("questions", settings.Date, error, out var date))
        {
            return ExitCodes.Usage;
        }

        return ArticleBatch.Run(
            files,
            date,
            settings.Json,
            output,
            error,
            (file, article) => QuestionsJsonWriter.Serialize(file, ArticleQuestions.Generate(article, options)),
            (file, article) =>
            {
                var text = QuestionFormatter.Format(ArticleQuestions.Generate(article, options), settings.AnswerKey);
                return files.Count > 1 ? $"== {file}: {article.Title}\n\n{text}" : text;
            });
    }

    internal static QuestionOptions? Options(Settings settings, TextWriter error)
    {
        QuestionFormat? format = settings.Format switch
        {
            "mc" => QuestionFormat.MultipleChoice,
            "short" => QuestionFormat.ShortAnswer,
            "tf" => QuestionFormat.TrueFalse,
            _ => null,
        };
        if (format is null && settings.Format != "mixed")
        {
            error.WriteLine(TerminalText.Clean($"quiztui questions: --format '{settings.Format}' is not one of mc, short, tf, mixed"));
            return null;
        }

        HashSet<QuestionType>? types = null;
        if (settings.Types is { } list)
        {
            types = [];
            foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var type = Enum.GetValues<QuestionType>().FirstOrDefault(t => QuestionFormatter.Name(t) == name, (QuestionType)(-1));
                if ((int)type < 0)
                {
                    error.WriteLine(TerminalText.Clean($"quiztui questions: --types '{name}' is not one of who, where, when, how-many, who-said"));
                    return null;
                }

                types.Add(type);
            }
        }

        if (settings.Count < 1)
        {
            error.WriteLine("quiztui questions: --count must be at least 1");
            return null;
        }

        return new QuestionOptions(settings.Count, types, format, settings.Seed);
    }
}
