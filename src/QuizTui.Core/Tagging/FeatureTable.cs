using System.Numerics;
using System.Runtime.InteropServices;

namespace QuizTui.Core.Tagging;

/// <summary>
/// A model's features by a 64-bit hash of their text, in one open-addressed array: a lookup touches one
/// slot and then the weights, where a string dictionary also reads the key string to compare it. Built only
/// when no two features share a hash (checked here), so a hit is the feature itself; a feature the model
/// lacks could match by chance once in about 2^64 / (feature count) lookups.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly float[][] _vectors;
    private readonly int _mask;

    private FeatureTable(ulong[] keys, float[][] vectors)
    {
        _keys = keys;
        _vectors = vectors;
        _mask = keys.Length - 1;
    }

    /// <summary>The table of <paramref name="weights"/>, or null when two features share a hash.</summary>
    public static FeatureTable? Build(IReadOnlyDictionary<string, float[]> weights)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, weights.Count * 2));
        var keys = new ulong[size];
        var vectors = new float[size][];
        foreach (var (feature, vector) in weights)
        {
            var hash = Hash(feature);
            var slot = (int)hash & (size - 1);
            while (keys[slot] != 0)
            {
                if (keys[slot] == hash)
                {
                    return null;
                }

                slot = (slot + 1) & (size - 1);
            }

            keys[slot] = hash;
            vectors[slot] = vector;
        }

        return new FeatureTable(keys, vectors);
    }

    /// <summary>The weights of the feature, or null when the model does not have it.</summary>
    public float[]? Find(ReadOnlySpan<char> feature)
    {
        var hash = Hash(feature);
        var slot = (int)hash & _mask;
        while (true)
        {
            var key = _keys[slot];
            if (key == hash)
            {
                return _vectors[slot];
            }

            if (key == 0)
            {
                return null;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>A 64-bit hash of the characters, eight bytes at a time; never 0 (the empty slot).</summary>
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            hash = Mix(hash ^ MemoryMarshal.Read<ulong>(bytes));
            bytes = bytes[8..];
        }

        if (bytes.Length > 0)
        {
            ulong tail = 0;
            bytes.CopyTo(MemoryMarshal.AsBytes(new Span<ulong>(ref tail)));
            hash = Mix(hash ^ tail);
        }

        // The splitmix64 finaliser spreads every input bit over the low bits the table indexes with.
        hash ^= hash >> 30;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 27;
        hash *= 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return hash == 0 ? 1 : hash;
    }

    private static ulong Mix(ulong value)
    {
        value *= 0xFF51AFD7ED558CCDUL;
        return value ^ (value >> 32);
    }
}
