namespace QuizTui.Core.Tagging;

/// <summary>
/// The features of one token written into one reusable character buffer: a tagger fills it for every
/// token and <see cref="AveragedPerceptron.Score(FeatureBuffer, Span{float})"/> looks each feature up as a
/// span, so tagging allocates no feature strings. Not thread-safe: one buffer per tagging call.
/// </summary>
/// <example>
/// <c>buffer.Add("l-1=", "the")</c> holds the feature <c>"l-1=the"</c>, the same key a trainer's string feature has.
/// </example>
public sealed class FeatureBuffer
{
    private char[] _chars = new char[1024];
    private (int Start, int Length)[] _features = new (int, int)[64];
    private int _used;

    /// <summary>How many features the buffer holds.</summary>
    public int Count { get; private set; }

    /// <summary>The feature at <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var (start, length) = _features[index];
            return _chars.AsSpan(start, length);
        }
    }

    /// <summary>Empties the buffer for the next token.</summary>
    public void Clear()
    {
        Count = 0;
        _used = 0;
    }

    /// <summary>Adds the feature made of the pieces given, in order.</summary>
    public void Add(ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default, ReadOnlySpan<char> d = default, ReadOnlySpan<char> e = default, ReadOnlySpan<char> f = default)
    {
        var length = a.Length + b.Length + c.Length + d.Length + e.Length + f.Length;
        if (_used + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + length));
        }

        if (Count == _features.Length)
        {
            Array.Resize(ref _features, _features.Length * 2);
        }

        var target = _chars.AsSpan(_used);
        a.CopyTo(target);
        b.CopyTo(target[a.Length..]);
        c.CopyTo(target[(a.Length + b.Length)..]);
        d.CopyTo(target[(a.Length + b.Length + c.Length)..]);
        e.CopyTo(target[(length - e.Length - f.Length)..]);
        f.CopyTo(target[(length - f.Length)..]);
        _features[Count++] = (_used, length);
        _used += length;
    }

    /// <summary>The features as strings (for training, where they become dictionary keys).</summary>
    public List<string> ToList()
    {
        var list = new List<string>(Count);
        for (var i = 0; i < Count; i++)
        {
            list.Add(new string(this[i]));
        }

        return list;
    }
}
