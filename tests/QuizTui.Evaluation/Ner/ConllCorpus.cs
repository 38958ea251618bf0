namespace QuizTui.Evaluation.Ner;

/// <summary>Reads CoNLL-2003 files: documents of sentences of (word, IOB1 NER tag); POS and chunk columns are ignored.</summary>
public static class ConllCorpus
{
    public static List<IReadOnlyList<(string[] Words, string[] Tags)>> Read(string path)
    {
        var documents = new List<IReadOnlyList<(string[], string[])>>();
        var document = new List<(string[], string[])>();
        var words = new List<string>();
        var tags = new List<string>();
        void EndSentence()
        {
            if (words.Count > 0)
            {
                document.Add((words.ToArray(), tags.ToArray()));
                words.Clear();
                tags.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (document.Count > 0)
            {
                documents.Add(document);
                document = [];
            }
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                EndDocument();
                continue;
            }

            if (line.Length == 0)
            {
                EndSentence();
                continue;
            }

            var columns = line.Split(' ');
            words.Add(columns[0]);
            tags.Add(columns[^1]);
        }

        EndDocument();
        return documents;
    }
}
