using QuizTui.Core.Text;
using QuizTui.Testing;

namespace QuizTui.Core.Tests.Parsing;

/// <summary>Seed articles decoded the way the program decodes its inputs.</summary>
internal static class SeedText
{
    public const string Rappler = "000_cdf53be28635311c.txt";

    public static IEnumerable<object[]> FileNames() => Locations.SeedArticles().Select(p => new object[] { Path.GetFileName(p) });

    public static string Read(string fileName) => TextDecoding.Decode(File.ReadAllBytes(Locations.Seed(fileName)))!;
}
