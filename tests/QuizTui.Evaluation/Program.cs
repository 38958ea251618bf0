namespace QuizTui.Evaluation;

/// <summary>
/// Evaluations, benchmarks and model training over ../shared/data (never needed by the unit tests).
/// Usage: dotnet run -c Release --project tests/QuizTui.Evaluation -- COMMAND [--data DIR]
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, (string Help, Func<EvaluationContext, int> Run)> Commands = new()
    {
        ["bbc-questions"] = ("questions over the 500 BBC dev articles: hard rules, questions per article, speed", BbcQuestionsCommand.Run),
        ["squad"] = ("share of human Who/Where/When SQuAD questions our questions answer alike; questions per paragraph", SquadCommand.Run),
        ["squad-clauses"] = ("share of SQuAD sentences in which the clause finder finds no clause (tagger errors cost whole sentences)", SquadClausesCommand.Run),
        ["questions-dev"] = ("print questions with answer key for FILE...", QuestionsDevCommand.Run),
        ["train-pos"] = ("train the POS tagger and chunker on CoNLL-2003, score on eng.testa", TrainGrammarCommand.Run),
        ["rouge"] = ("summaries vs BBC reference extracts: ROUGE-1/2/L beside Lead", Summaries.RougeCommand.Run),
        ["parse-bbc"] = ("parse the 500 BBC dev articles: time, errors, removed lines (all must be 0)", ParseBbcCommand.Run),
        ["scale"] = ("time and memory of each pipeline stage on 10 KB / 100 KB / 1 MB articles (growth per tenfold size)", ScaleCommand.Run),
        ["timex"] = ("TIMEX3 detection and values on TimeBank + AQUAINT, chrono-node side by side, speed", Timex.TimexCommand.Run),
        ["store-bench"] = ("progress store speed: record an answer, open the library, quiztui stats", StoreBenchCommand.Run),
        ["drill-bench"] = ("drills: 40 student processes x 20 answers on SQLite and PostgreSQL: record p99, host view lag", DrillBenchCommand.Run),
        ["ner"] = ("people, places, organisations on CoNLL-2003 eng.testa as text, beside compromise; speed, memory", Ner.NerCommand.Run),
        ["ner-profile"] = ("time the stages of name finding on eng.testa", Ner.NerProfileCommand.Run),
        ["person-nouns"] = ("write the role nouns list (WordNet noun.person) the role finder reads", PersonNounsCommand.Run),
        ["famous-people"] = ("write the distractor list of famous people by field (WordNet instances: sport, entertainment, politics, business, science)", FamousPeopleCommand.Run),
        ["distractor-names"] = ("write the list of common British given names and surnames the distractor finder makes wrong people from (Bogus en_GB)", DistractorNamesCommand.Run),
        ["train-ner"] = ("train the name tagger on CoNLL-2003 eng.train and write ner.model.gz", Ner.TrainNerCommand.Run),
    };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Commands.TryGetValue(args[0], out var command))
        {
            Console.Error.WriteLine("usage: QuizTui.Evaluation COMMAND [--data DIR] [options]");
            foreach (var (name, (help, _)) in Commands.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                Console.Error.WriteLine($"  {name,-16} {help}");
            }

            return 2;
        }

        var context = EvaluationContext.FromArgs(args[1..]);
        if (!Directory.Exists(context.DataDirectory))
        {
            Console.Error.WriteLine($"evaluation data not found at {context.DataDirectory} (pass --data DIR)");
            return 2;
        }

        return command.Run(context);
    }
}
