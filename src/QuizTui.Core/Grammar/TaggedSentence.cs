using QuizTui.Core.Text;

namespace QuizTui.Core.Grammar;

/// <summary>A sentence's tokens with their part-of-speech and IOB2 chunk tags, and the text they index.</summary>
public sealed record TaggedSentence(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<string> Tags, IReadOnlyList<string> Chunks)
{
    public int Count => Tokens.Count;

    /// <summary>Tokenizes, tags and chunks <paramref name="span"/> of <paramref name="text"/>.</summary>
    /// <param name="names">
    /// Spans the name finder knows to be names: their capitalised words are tagged proper nouns before
    /// chunking. The name finder is trained for exactly this and is far surer of it than the tagger, which
    /// reads a sentence-initial "Luther" as an adjective or "Quarterback Cam" as a verb.
    /// </param>
    public static TaggedSentence Analyze(string text, TextSpan span, PosTagger tagger, Chunker chunker, IReadOnlyList<TextSpan>? names = null)
    {
        var tokens = Tokenizer.Tokenize(text, span.Start, span.End);
        var words = tokens.Select(t => t.Text).ToArray();
        string?[]? known = null;
        if (names is { Count: > 0 })
        {
            known = new string?[tokens.Count];
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i].Span;
                if (char.IsUpper(words[i][0]) && names.Any(n => n.Start <= token.Start && token.End <= n.End))
                {
                    known[i] = words[i].Length > 3 && words[i].EndsWith('s') && !words[i].EndsWith("ss", StringComparison.Ordinal) && i + 1 < tokens.Count
                        && !names.Any(n => n.Start <= tokens[i + 1].Span.Start && tokens[i + 1].Span.End <= n.End) ? null : "NNP";
                }
            }
        }

        // "Since 2011 Warsaw Gallery Weekend is held ...", "From 2006 Garda vetting ...": a capitalised preposition
        // opening the sentence is no name, whatever its capital letter suggests to the tagger.
        if (words.Length > 1 && OpeningPrepositions.Contains(words[0]) && char.IsUpper(words[0][0]))
        {
            known ??= new string?[tokens.Count];
            known[0] = "IN";
        }

        var tags = tagger.Tag(words, known);
        ReadOnlyVerbAsPast(words, tags);
        VerbAfterDoSupport(words, tags, tagger.Lexicon);
        VerbAfterModal(words, tags, tagger.Lexicon);
        VerbAfterDeterminedNoun(words, tags, tagger.Lexicon);
        PossessedParticipleAsAdjective(words, tags);
        AdjectiveHeadBeforeVerbAsNoun(words, tags);

        var chunks = chunker.Chunk(words, tags);
        YearAfterPrepositionEndsPhrase(words, tags, chunks);
        return new TaggedSentence(text, tokens, tags, chunks);
    }

    /// <summary>
    /// "Mr Greenspan did offer/NN some good news": a word that can be a verb, after "do", "does" or "did" (and any adverb)
    /// and before an object's determiner, is the verb that "do" supports. "did damage to" and "did the work" stay.
    /// </summary>
    private static void VerbAfterDoSupport(string[] words, string[] tags, TagLexicon lexicon)
    {
        for (var i = 0; i + 2 < words.Length; i++)
        {
            if (words[i].ToLowerInvariant() is not ("do" or "does" or "did") || !tags[i].StartsWith("VB", StringComparison.Ordinal))
            {
                continue;
            }

            var j = i + 1;
            while (j + 1 < words.Length && tags[j] == "RB")
            {
                j++;
            }

            if (tags[j] is "NN" or "NNS" or "JJ" && char.IsLower(words[j][0]) && tags[j + 1] is "DT" or "PRP$" or "PRP" or "CD"
                && lexicon.Class(words[j]).Split('|').Contains("VB", StringComparer.Ordinal))
            {
                tags[j] = "VB";
            }
        }
    }

    /// <summary>
    /// "and his suspension runs/NNS out in November": after a possessive or determiner and a singular noun, a plural form the
    /// lexicon also knows as a verb, before a particle, preposition or adverb, is that noun's verb. "the company's sales
    /// figures" and "the sales rose" stay.
    /// </summary>
    private static void VerbAfterDeterminedNoun(string[] words, string[] tags, TagLexicon lexicon)
    {
        for (var i = 2; i + 1 < words.Length; i++)
        {
            if (tags[i] != "NNS" || tags[i - 1] != "NN" || tags[i + 1] is not ("IN" or "RP" or "RB" or "TO") || !char.IsLower(words[i][0])
                || !lexicon.Class(words[i]).Split('|').Contains("VBZ", StringComparer.Ordinal))
            {
                continue;
            }

            // The noun phrase opens a clause: the sentence's first, or one after "and", "but" or a comma ("a half hours" is none).
            var opensClause = !tags.Take(i).Any(t => t is "VBZ" or "VBP" or "VBD" or "MD");
            var joined = i >= 3 && words[i - 3] is "and" or "but" or ",";
            if ((tags[i - 2] == "PRP$" && (opensClause || joined)) || (words[i - 2].ToLowerInvariant() is "the" or "this" or "that" && opensClause))
            {
                tags[i] = "VBZ";
            }
        }
    }

    /// <summary>
    /// "The cardinal will touch/RB on this theme again": a word that can be a verb, right after a modal and not itself
    /// followed by one ("will still be"), is the verb the modal governs; a modal heads no clause alone.
    /// </summary>
    private static void VerbAfterModal(string[] words, string[] tags, TagLexicon lexicon)
    {
        for (var i = 0; i + 2 < words.Length; i++)
        {
            var j = i + 1;
            if (tags[i] == "MD" && tags[j] is "NN" or "NNS" or "JJ" or "RB" && char.IsLower(words[j][0]) && !tags[j + 1].StartsWith("VB", StringComparison.Ordinal)
                && words[j] is not ("not" or "n't") && lexicon.Class(words[j]).Split('|').Contains("VB", StringComparer.Ordinal))
            {
                tags[j] = "VB";
            }
        }
    }

    /// <summary>
    /// "Holmes' failed/VBD attempt", "the company's revised/VBN forecast": a past form between a possessive and a noun
    /// modifies the noun; no clause has a verb there.
    /// </summary>
    private static void PossessedParticipleAsAdjective(string[] words, string[] tags)
    {
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (tags[i] is "VBD" or "VBN" && tags[i + 1] is "NN" or "NNS"
                && (tags[i - 1] == "POS" || words[i - 1] is "'" or "’" || (words[i - 1].Length > 2 && words[i - 1].EndsWith("s'", StringComparison.Ordinal))))
            {
                tags[i] = "JJ";
            }
        }
    }

    /// <summary>
    /// "The funeral/JJ was held by ...": a word the tagger read as an adjective, between a determiner opening the sentence
    /// (or a clause after a comma) and a finite verb, heads the subject noun phrase; nothing is left for it to modify.
    /// </summary>
    private static void AdjectiveHeadBeforeVerbAsNoun(string[] words, string[] tags)
    {
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (tags[i] == "JJ" && tags[i - 1] == "DT" && (i == 1 || tags[i - 2] == ",") && tags[i + 1] is "VBD" or "VBZ" or "VBP" or "MD"
                && char.IsLower(words[i][0]) && !words[i].Contains('-') && !Referring.Contains(words[i]))
            {
                tags[i] = "NN";
            }
        }
    }

    /// <summary>"The third was supposed to ...": an ordinal or "the latter" stands for a noun said before; it stays an adjective.</summary>
    private static readonly HashSet<string> Referring = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "latter", "former",
        "other", "same", "next", "final", "previous", "latest", "rest", "remainder",
    };

    /// <summary>
    /// "In 1957 competition rules were included ...": the chunker runs a year after a preposition into the noun phrase
    /// that follows it; the year ends the preposition's phrase and the next word starts the subject.
    /// </summary>
    private static void YearAfterPrepositionEndsPhrase(string[] words, string[] tags, string[] chunks)
    {
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (tags[i - 1] == "IN" && tags[i] == "CD" && words[i].Length == 4 && int.TryParse(words[i], out var year) && year is >= 1000 and <= 2099
                && chunks[i + 1] == "I-NP" && tags[i + 1] is not ("CD" or "POS") && char.IsLetter(words[i + 1][0]))
            {
                chunks[i + 1] = "B-NP";
            }
        }
    }

    /// <summary>
    /// "In 1521 Luther dealt/VBN largely with prophecy", "Tesla partnered/VBN with two businessmen": the tagger may read
    /// a sentence's first verb, right after its subject, as a participle. When nothing could make it one (no auxiliary
    /// before it, no by-agent after it, no other finite verb in its clause, and a form that is a simple past too) it is
    /// the clause's finite verb. "The castle built in 1080 by ..." and "the handsets sold in 2005 would double" stay.
    /// </summary>
    private static void ReadOnlyVerbAsPast(string[] words, string[] tags)
    {
        var i = Array.FindIndex(tags, t => t.StartsWith("VB", StringComparison.Ordinal) && t != "VBG");
        if (i < 1 || tags[i] != "VBN" || tags[i - 1] is not ("NN" or "NNS" or "NNP" or "NNPS" or "PRP") || !Lemmatizer.Default.CanBeParticiple(words[i]))
        {
            return;
        }

        for (var j = i + 1; j < words.Length; j++)
        {
            if (tags[j] is "WDT" or "WP" or "WRB" or "CC" or ":" || words[j] is "that" or ";")
            {
                break;
            }

            if (tags[j] is "VBD" or "VBZ" or "VBP" or "MD" || words[j] == "by")
            {
                return;
            }
        }

        tags[i] = "VBD";
    }

    private static readonly HashSet<string> OpeningPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "from", "during", "throughout", "until", "in", "on", "at", "after", "before", "by", "between",
    };

    public string Word(int i) => Tokens[i].Text;

    public string Lower(int i) => Tokens[i].Text.ToLowerInvariant();

    /// <summary>The chunk type of token <paramref name="i"/> ("NP", "VP", ... or "O").</summary>
    public string ChunkType(int i) => Chunks[i].Length > 2 ? Chunks[i][2..] : "O";

    public bool StartsChunk(int i) =>
        Chunks[i].StartsWith("B-", StringComparison.Ordinal) || (Chunks[i].StartsWith("I-", StringComparison.Ordinal) && (i == 0 || ChunkType(i - 1) != ChunkType(i)));

    /// <summary>The end (exclusive) of the chunk that starts at or covers <paramref name="i"/>.</summary>
    public int ChunkEnd(int i)
    {
        var type = ChunkType(i);
        var j = i + 1;
        while (j < Count && ChunkType(j) == type && !Chunks[j].StartsWith("B-", StringComparison.Ordinal))
        {
            j++;
        }

        return type == "O" ? i + 1 : j;
    }

    /// <summary>The words of tokens <paramref name="indices"/> joined with the text's own spacing.</summary>
    public string Render(IEnumerable<int> indices)
    {
        var builder = new System.Text.StringBuilder();
        var previous = -1;
        foreach (var i in indices)
        {
            if (previous >= 0 && (i != previous + 1 || Tokens[previous].Span.End < Tokens[i].Span.Start))
            {
                builder.Append(' ');
            }

            builder.Append(Tokens[i].Text);
            previous = i;
        }

        return builder.ToString();
    }

    /// <summary>Index of the token whose span starts at or covers <paramref name="offset"/>, or -1.</summary>
    public int TokenAt(int offset)
    {
        for (var i = 0; i < Count; i++)
        {
            if (Tokens[i].Span.End > offset)
            {
                return Tokens[i].Span.Start <= offset + 1 ? i : -1;
            }
        }

        return -1;
    }
}
