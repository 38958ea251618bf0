using QuizTui.Core.Tagging;

namespace QuizTui.Core.Grammar;

/// <summary>
/// A Penn Treebank part-of-speech tagger: a greedy averaged perceptron with Honnibal's features plus a
/// word-shape feature (capitals matter for news) and each word's ambiguity class from a <see cref="TagLexicon"/>
/// (which keeps a verb a verb in text unlike the 1996 Reuters news it was trained on), trained on
/// CoNLL-2003 by the evaluation program's <c>train-pos</c>. Immutable and thread-safe; <see cref="Default"/>
/// loads the shipped model once.
/// </summary>
/// <example><c>PosTagger.Default.Tag(["Rebels", "seized", "four", "peacekeepers"])</c> → NNS VBD CD NNS</example>
public sealed class PosTagger
{
    private static readonly Lazy<PosTagger> Shipped = new(() => new PosTagger(Load("pos.model.gz"), TagLexicon.Default));

    /// <summary>Each lexicon class's tag indices.</summary>
    private readonly Dictionary<string, int[]> _allowed;

    /// <summary>The indices of VBD, VBZ and VBP.</summary>
    private readonly int[] _finite;

    /// <param name="model">Weights trained with the same <paramref name="lexicon"/>.</param>
    /// <param name="lexicon">The ambiguity classes the model's features were trained with.</param>
    public PosTagger(AveragedPerceptron model, TagLexicon lexicon)
    {
        Model = model;
        Lexicon = lexicon;
        var index = model.Classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        _allowed = lexicon.Distinct.ToDictionary(c => c, c => c.Split('|').Where(index.ContainsKey).Select(t => index[t]).ToArray(), StringComparer.Ordinal);
        _finite = [.. new[] { "VBD", "VBZ", "VBP" }.Where(index.ContainsKey).Select(t => index[t])];
    }

    /// <summary>The tagger with the shipped model.</summary>
    public static PosTagger Default => Shipped.Value;

    public AveragedPerceptron Model { get; }

    public TagLexicon Lexicon { get; }

    public string[] Tag(IReadOnlyList<string> words) => Tag(words, null);

    /// <summary>
    /// Tags <paramref name="words"/>; where <paramref name="fixedTags"/> has a tag it is kept and feeds the next words' history.
    /// A sentence (five words or more, ending in . ? or !) left without a finite verb gets one: the word
    /// whose finite-verb reading the model scored closest to its chosen tag, among those its lexicon class
    /// allows ("Article 102 prohibits/NNS the abuse ." → prohibits/VBZ), and the words after it are retagged.
    /// </summary>
    public string[] Tag(IReadOnlyList<string> words, IReadOnlyList<string?>? fixedTags)
    {
        var context = Context(words);
        var ambiguity = Classes(words, Lexicon);
        fixedTags = MisspeltAdverbs(words, ambiguity, fixedTags);
        var verbs = new (int Tag, float Margin)[words.Count];
        var tags = Greedy(words, context, ambiguity, fixedTags, verbs);
        tags = NounBeforePast(words, context, ambiguity, fixedTags, verbs, tags);
        tags = NounBeforePluralSubject(words, context, ambiguity, fixedTags, verbs, tags);
        tags = ReducedRelativeSubject(words, context, ambiguity, fixedTags, verbs, tags);
        if (!NeedsVerb(words, tags))
        {
            return tags;
        }

        var best = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (verbs[i].Tag >= 0 && (best < 0 || verbs[i].Margin > verbs[best].Margin))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return tags;
        }

        return Retagged(words, context, ambiguity, fixedTags, verbs, tags, best, Model.Classes[verbs[best].Tag]);
    }

    /// <summary>
    /// "The company offically/RB rolled out the new 777": a lower-case word the lexicon does not know that ends in "ly" is an
    /// adverb (a misspelt one, most often), never the sentence's verb.
    /// </summary>
    private static IReadOnlyList<string?>? MisspeltAdverbs(IReadOnlyList<string> words, string[] ambiguity, IReadOnlyList<string?>? fixedTags)
    {
        string?[]? tags = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (ambiguity[i] == "?" && fixedTags?[i] is null && words[i].Length > 5 && char.IsLower(words[i][0])
                && words[i].EndsWith("ly", StringComparison.Ordinal) && words[i].All(char.IsLetter))
            {
                tags ??= fixedTags?.ToArray() ?? new string?[words.Count];
                tags[i] = "RB";
            }
        }

        return tags ?? fixedTags;
    }

    private string[] Greedy(IReadOnlyList<string> words, string[] context, string[] ambiguity, IReadOnlyList<string?>? fixedTags, (int Tag, float Margin)[] verbs)
    {
        var tags = new string[words.Count];
        var features = new FeatureBuffer();
        Span<float> scores = stackalloc float[Model.Classes.Count];
        string previous = "-START-", previous2 = "-START2-";
        for (var i = 0; i < words.Count; i++)
        {
            verbs[i] = (-1, 0);
            if (fixedTags?[i] is { } known)
            {
                tags[i] = known;
            }
            else
            {
                Features(words, context, ambiguity, i, previous, previous2, features);
                Model.Score(features, scores);
                var chosen = Choose(scores);
                tags[i] = Model.Classes[chosen];
                verbs[i] = FiniteReading(scores, chosen, words[i], ambiguity[i]);
            }

            previous2 = previous;
            previous = tags[i];
        }

        return tags;
    }

    /// <summary>
    /// "New EU rules/VBZ set/VBN compensation": a present verb other than an auxiliary is never followed by a bare past
    /// participle. Where both words may be read otherwise, the first is a plural noun and the second its verb in the past
    /// (rules/NNS set/VBD), and the words after them are retagged. Not after a reporting verb: "Kim Collins says suspended
    /// sprinter Dwain Chambers should be allowed ...".
    /// </summary>
    private string[] NounBeforePast(IReadOnlyList<string> words, string[] context, string[] ambiguity, IReadOnlyList<string?>? fixedTags, (int Tag, float Margin)[] verbs, string[] tags)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (tags[i] != "VBZ" || tags[i + 1] != "VBN" || fixedTags?[i] is not null || fixedTags?[i + 1] is not null
                || VerbGroup.IsAuxiliary(words[i].ToLowerInvariant(), "VBZ")
                || words[i].ToLowerInvariant() is "’s" or "gets" or "seems" or "looks" or "becomes" or "remains" or "stays" or "goes" or "comes"
                || VerbGroup.IsReporting(Lemmatizer.Default.Base(words[i], "VBZ"))
                || !Allows(ambiguity[i], "NNS") || !Allows(ambiguity[i + 1], "VBD"))
            {
                continue;
            }

            return Retagged(words, context, ambiguity, fixedTags, verbs, tags, i, "NNS", "VBD");
        }

        return tags;
    }

    /// <summary>
    /// "European Union finance/VBP ministers are meeting": a name, then a word that may be a noun read as a present verb,
    /// then a plural noun and a finite verb: the word is a noun naming what the plural is ("finance ministers"), and the
    /// words after it are retagged.
    /// </summary>
    private string[] NounBeforePluralSubject(IReadOnlyList<string> words, string[] context, string[] ambiguity, IReadOnlyList<string?>? fixedTags, (int Tag, float Margin)[] verbs, string[] tags)
    {
        for (var i = 1; i + 2 < words.Count; i++)
        {
            if (tags[i] is not ("VBP" or "VB") || tags[i - 1] is not ("NNP" or "NNPS") || tags[i + 1] != "NNS" || tags[i + 2] is not ("VBP" or "VBD" or "MD")
                || fixedTags?[i] is not null || !Allows(ambiguity[i], "NN") || VerbGroup.IsAuxiliary(words[i].ToLowerInvariant(), tags[i]))
            {
                continue;
            }

            return Retagged(words, context, ambiguity, fixedTags, verbs, tags, i, "NN");
        }

        return tags;
    }

    /// <summary>
    /// "Investigations carried/VBD out in the wake of Ms Hughes' resignation found more than 7,000 ...": a sentence that opens
    /// with a noun phrase, a past form followed by a particle or preposition, and later a finite verb right after a noun with
    /// no comma, conjunction or relative word between, has that later verb for its own; the past form is a participle
    /// describing the noun ("carried/VBN").
    /// </summary>
    private string[] ReducedRelativeSubject(IReadOnlyList<string> words, string[] context, string[] ambiguity, IReadOnlyList<string?>? fixedTags, (int Tag, float Margin)[] verbs, string[] tags)
    {
        var i = 0;
        while (i < words.Count && tags[i] is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "POS" or "PRP$")
        {
            i++;
        }

        if (i == 0 || i + 3 >= words.Count || tags[i] != "VBD" || tags[i - 1] is not ("NN" or "NNS") || tags[i + 1] is not ("IN" or "RP")
            || fixedTags?[i] is not null || !Allows(ambiguity[i], "VBN") || VerbGroup.IsReporting(Lemmatizer.Default.Base(words[i], "VBD")))
        {
            return tags;
        }

        for (var j = i + 2; j < words.Count; j++)
        {
            if (tags[j] is "," or ":" or "CC" or "WDT" or "WP" or "WRB" or "TO" || words[j].ToLowerInvariant() == "that" || tags[j] is "VBG" or "VBN" or "VB")
            {
                return tags;
            }

            if (tags[j] is "VBD" or "VBZ" or "VBP" or "MD")
            {
                if (tags[j - 1] is not ("NN" or "NNS" or "NNP" or "NNPS"))
                {
                    return tags;
                }

                return Retagged(words, context, ambiguity, fixedTags, verbs, tags, i, "VBN");
            }
        }

        return tags;
    }

    /// <summary>The words tagged again from <paramref name="at"/> on, keeping the tags before it and giving the words from it <paramref name="forcedTags"/>.</summary>
    private string[] Retagged(IReadOnlyList<string> words, string[] context, string[] ambiguity, IReadOnlyList<string?>? fixedTags, (int Tag, float Margin)[] verbs, string[] tags, int at, params string[] forcedTags)
    {
        var forced = new string?[words.Count];
        for (var k = 0; k < words.Count; k++)
        {
            forced[k] = fixedTags?[k] ?? (k < at ? tags[k] : null);
        }

        for (var k = 0; k < forcedTags.Length; k++)
        {
            forced[at + k] = forcedTags[k];
        }

        return Greedy(words, context, ambiguity, forced, verbs);
    }

    private static bool Allows(string ambiguity, string tag) => ambiguity == "?" || ambiguity.TrimStart('~').Split('|').Contains(tag);

    private static bool NeedsVerb(IReadOnlyList<string> words, string[] tags) =>
        words.Count >= 5 && words[^1] is "." or "?" or "!" && !tags.Any(t => t is "VBD" or "VBZ" or "VBP" or "MD");

    /// <summary>The best finite-verb tag a lower-case word may take and how far below its chosen tag the model scored it.</summary>
    private (int Tag, float Margin) FiniteReading(ReadOnlySpan<float> scores, int chosen, string word, string ambiguity)
    {
        if (word.Length < 2 || !char.IsLower(word[0]))
        {
            return (-1, 0);
        }

        var best = -1;
        foreach (var c in _finite)
        {
            if ((ambiguity == "?" || (_allowed.TryGetValue(ambiguity, out var allowed) && allowed.Contains(c))) && (best < 0 || scores[c] > scores[best]))
            {
                best = c;
            }
        }

        return best < 0 ? (-1, 0) : (best, scores[best] - scores[chosen]);
    }

    private static int Choose(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>Trains a model on tagged sentences (greedy, predicted history, shuffled each pass).</summary>
    public static AveragedPerceptron Train(IReadOnlyList<(string[] Words, string[] Tags)> sentences, TagLexicon lexicon, int iterations, int seed)
    {
        var classes = sentences.SelectMany(s => s.Tags).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var trainer = new AveragedPerceptron.Trainer(classes);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var features = new FeatureBuffer();
        for (var pass = 0; pass < iterations; pass++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                var (words, gold) = sentences[s];
                var context = Context(words);
                var ambiguity = Classes(words, lexicon);
                string previous = "-START-", previous2 = "-START2-";
                for (var i = 0; i < words.Length; i++)
                {
                    Features(words, context, ambiguity, i, previous, previous2, features);
                    var strings = AveragedPerceptron.Strings(features);
                    var guess = trainer.Predict(strings);
                    trainer.Update(index[gold[i]], guess, strings);
                    previous2 = previous;
                    previous = classes[guess];
                }
            }
        }

        return trainer.Freeze(0.002f);
    }

    internal static AveragedPerceptron Load(string name)
    {
        var assembly = typeof(PosTagger).Assembly;
        using var stream = assembly.GetManifestResourceStream($"QuizTui.Core.Resources.Grammar.{name}")
            ?? throw new InvalidOperationException($"The grammar model {name} is not embedded.");
        return PerceptronFormat.Read(stream);
    }

    private static string[] Context(IReadOnlyList<string> words)
    {
        var context = new string[words.Count + 4];
        context[0] = "-START-";
        context[1] = "-START2-";
        for (var i = 0; i < words.Count; i++)
        {
            context[i + 2] = WordForm.Normalize(words[i]);
        }

        context[^2] = "-END-";
        context[^1] = "-END2-";
        return context;
    }

    private static string[] Classes(IReadOnlyList<string> words, TagLexicon lexicon)
    {
        var classes = new string[words.Count + 2];
        for (var i = 0; i < words.Count; i++)
        {
            classes[i] = lexicon.Class(WordForm.Typography(words[i]));
        }

        classes[^2] = "-END-";
        classes[^1] = "-END2-";
        return classes;
    }

    /// <summary>The token's features, written into <paramref name="features"/> without making strings (the keys are the trained model's).</summary>
    private static void Features(IReadOnlyList<string> words, string[] context, string[] ambiguity, int i, string previous, string previous2, FeatureBuffer features)
    {
        var word = context[i + 2];
        var raw = WordForm.Typography(words[i]);
        var shape = WordForm.Shape(raw);
        features.Clear();
        features.Add("b");
        features.Add("s3 ", Suffix(word, 3));
        features.Add("s2 ", Suffix(word, 2));
        features.Add("p1 ", word.AsSpan(0, Math.Min(1, word.Length)));
        features.Add("t1 ", previous);
        features.Add("t2 ", previous2);
        features.Add("t12 ", previous, " ", previous2);
        features.Add("w ", word);
        features.Add("t1w ", previous, " ", word);
        features.Add("w-1 ", context[i + 1]);
        features.Add("s-1 ", Suffix(context[i + 1], 3));
        features.Add("w-2 ", context[i]);
        features.Add("w+1 ", context[i + 3]);
        features.Add("s+1 ", Suffix(context[i + 3], 3));
        features.Add("w+2 ", context[i + 4]);
        features.Add("sh ", shape);
        features.Add("sht1 ", shape, " ", previous);
        features.Add("shf ", shape, i == 0 ? " first" : " in");
        features.Add("s4 ", Suffix(word, 4));
        features.Add("p3 ", word.AsSpan(0, Math.Min(3, word.Length)));
        features.Add("w-1w ", context[i + 1], " ", word);
        features.Add("ww+1 ", word, " ", context[i + 3]);
        features.Add("sh+1 ", WordForm.Shape(i + 1 < words.Count ? words[i + 1] : ""), " ", shape);
        var own = ambiguity[i];
        features.Add("a ", own);
        features.Add("a+1 ", own, " ", ambiguity[i + 1]);
        features.Add("as ", own, " ", shape);
        features.Add("a-1 ", own, " ", i > 0 ? ambiguity[i - 1] : "-START-");
    }

    private static ReadOnlySpan<char> Suffix(string word, int length) => word.Length <= length ? word : word.AsSpan(word.Length - length);
}
