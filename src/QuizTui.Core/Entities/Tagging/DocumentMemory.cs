namespace QuizTui.Core.Entities.Tagging;

/// <summary>
/// What the tagger said earlier in the same document about each capitalised word ("extended prediction
/// history", Ratinov and Roth 2009): later mentions of a name lean towards the type it got before.
/// </summary>
internal sealed class DocumentMemory
{
    private readonly Dictionary<string, string> _last = new(StringComparer.Ordinal);

    public string? Recall(NerSentence sentence, int i) =>
        NerSentence.IsCapitalized(sentence.Words[i]) && _last.TryGetValue(sentence.Lower[i], out var type) ? type : null;

    public void Remember(NerSentence sentence, IReadOnlyList<string> labels)
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            // A sentence-initial capital says nothing, so only a name found there is remembered.
            if (NerSentence.IsCapitalized(sentence.Words[i]) && (i > 0 || labels[i] != BilouLabels.Outside))
            {
                _last[sentence.Lower[i]] = BilouLabels.TypeOf(labels[i]);
            }
        }
    }
}
