using System.Text;

namespace QuizTui.Fuzz;

/// <summary>
/// The starting corpus: each shipped article, slices of a few paragraphs (AFL works best on small inputs),
/// and the same text in the other encodings and shapes the exe accepts (UTF-16, Windows-1252, CRLF, Markdown).
/// </summary>
internal static class SeedCorpus
{
    private const int MaxSlice = 1500;

    public static int Write(string seedsDirectory, string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        var count = 0;
        void Save(string name, byte[] bytes)
        {
            File.WriteAllBytes(Path.Combine(outDirectory, name), bytes);
            count++;
        }

        foreach (var file in Directory.EnumerateFiles(seedsDirectory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            Save(name + ".txt", Encoding.UTF8.GetBytes(text));
            var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < paragraphs.Length; i += 3)
            {
                var slice = string.Join("\n\n", paragraphs.Skip(i).Take(3));
                Save($"{name}.slice{i:00}.txt", Encoding.UTF8.GetBytes(slice.Length > MaxSlice ? slice[..MaxSlice] : slice));
            }

            if (name.StartsWith("01", StringComparison.Ordinal) || name.StartsWith("000", StringComparison.Ordinal))
            {
                var head = string.Join("\n\n", paragraphs.Take(4));
                Save(name + ".utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(head)]);
                Save(name + ".crlf.txt", Encoding.UTF8.GetBytes(head.Replace("\n", "\r\n")));
                Save(name + ".1252.txt", Encoding.Latin1.GetBytes(head.Replace('“', '"').Replace('”', '"').Replace('’', '\'').Replace('–', '-')));
                Save(name + ".md", Encoding.UTF8.GetBytes($"---\ntitle: {paragraphs[0]}\ndate: 2013-05-07\n---\n\n# {paragraphs[0]}\n\n## Part\n\n{string.Join("\n\n", paragraphs.Skip(1).Take(3))}"));
            }
        }

        Console.WriteLine($"{count} seed inputs in {outDirectory}");
        return 0;
    }
}
