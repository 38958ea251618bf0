using System.Security.Cryptography;
using System.Text;

namespace QuizTui.Core.Questions;

/// <summary>Machine-independent hashes: SHA-256 for ids, never string.GetHashCode.</summary>
internal static class StableId
{
    public static string Hash(string text, int hexLength = 64) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..hexLength];

    /// <summary>An int seed from a string and a number, for seeded shuffles.</summary>
    public static int Seed(string text, int seed) =>
        BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{text}")), 0) & int.MaxValue;
}
