using System.Security.Cryptography;
using System.Text;

namespace QuizTui.Core.Progress;

/// <summary>Identifies an article by its text, so reopening the same text finds its history.</summary>
/// <example><c>ContentHash.Of("text")</c> → the 64 lowercase hex digits of SHA-256 over the UTF-8 text</example>
public static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
