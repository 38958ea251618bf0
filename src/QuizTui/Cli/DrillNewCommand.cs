using System.CommandLine;
using Humanizer;
using QuizTui.Core.Drills;
using QuizTui.Core.Parsing;
using QuizTui.Drills;

namespace QuizTui.Cli;

/// <summary><c>quiztui drill new NAME FILE... [--count N] [--types ...] [--format ...] [--time-limit S] [--shuffle] [--seed S]</c>.</summary>
internal static class DrillNewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = DrillCommand.Name();
        var files = ArticleOptions.Files();
        var count = new Option<int>("--count") { Description = "The most questions in the drill, taken from the articles in turn (default 20).", DefaultValueFactory = _ => 20 };
        var types = new Option<string?>("--types") { Description = "Question types: who,where,when,how-many,who-said (default all)." };
        var format = new Option<string>("--format") { Description = "mc (multiple choice, default), short, tf (true/false) or mixed.", DefaultValueFactory = _ => "mc" };
        var limit = new Option<int?>("--time-limit") { Description = "Seconds per question when run live (default: untimed).", HelpName = "SECONDS" };
        var shuffle = new Option<bool>("--shuffle") { Description = "Each student gets the questions and choices in their own order." };
        var speed = new Option<bool>("--speed-points") { Description = "Leaderboard in Kahoot-style speed points (needs --time-limit for the speed part)." };
        var seed = new Option<int>("--seed") { Description = "Seed for generation, students' orders and printed versions (default 0).", DefaultValueFactory = _ => 0 };
        var db = DbOption.Create();
        var command = new Command("new", "Build a drill from the generated questions of the articles and store it.") { name, files };
        foreach (var option in new Option[] { count, types, format, limit, shuffle, speed, seed, db })
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var options = QuestionsCommand.Options(new QuestionsCommand.Settings(result.GetValue(count), result.GetValue(types), result.GetValue(format)!, result.GetValue(seed), null, false, false), error);
            if (options is null)
            {
                return ExitCodes.Usage;
            }

            if (result.GetValue(limit) is < 1)
            {
                return DrillCli.Fail(error, "--time-limit must be at least 1 second");
            }

            var articles = new List<Article>();
            foreach (var file in result.GetValue(files) ?? [])
            {
                if (ArticleLoader.Load(file, null, error) is { } article)
                {
                    articles.Add(article);
                }
            }

            if (articles.Count == 0)
            {
                return DrillCli.Fail(error, "no usable article given");
            }

            var settings = new DrillSettings(result.GetValue(limit), result.GetValue(shuffle), result.GetValue(seed), result.GetValue(speed));
            var drillName = result.GetValue(name)!;
            return DrillCli.Run(result.GetValue(db), DrillRole.Teacher, error, store =>
            {
                if (store.LoadPaper(drillName) is not null)
                {
                    return DrillCli.Fail(error, $"a drill named {drillName} already exists in {store.Location}");
                }

                var drill = DrillBuilder.Build(drillName, articles, options, settings, DateTimeOffset.UtcNow);
                if (drill.Questions.Count == 0)
                {
                    return DrillCli.Fail(error, "the articles gave no questions");
                }

                store.SaveDrill(drill);
                output.WriteLine(TerminalText.Clean($"Drill {drill.Name}: {"question".ToQuantity(drill.Questions.Count)} from {"article".ToQuantity(drill.Articles.Count)}, saved in {store.Location}."));
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
