using QuizTui.Core.Text;

namespace QuizTui.Cli;

/// <summary>
/// Reads articles from files or standard input with a size limit and lenient decoding:
/// UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252. Never throws for bad input.
/// </summary>
internal static class InputReader
{
    /// <summary>Inputs larger than this are refused before they are read whole.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static InputText Read(string path, Func<Stream>? stdin = null)
    {
        try
        {
            if (path == "-")
            {
                using var input = (stdin ?? Console.OpenStandardInput)();
                return Decode(path, ReadLimited(input));
            }

            if (Directory.Exists(path))
            {
                return Fail(path, "is a directory, not an article file");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(path, "no such file");
            }

            if (info.Length > MaxBytes)
            {
                return Fail(path, $"is {info.Length / (1024 * 1024.0):0.0} MB; the limit is {MaxBytes / (1024 * 1024)} MB");
            }

            using var stream = info.OpenRead();
            return Decode(path, ReadLimited(stream));
        }
        catch (TooLargeException)
        {
            return Fail(path, $"is larger than the {MaxBytes / (1024 * 1024)} MB limit");
        }
        catch (UnauthorizedAccessException)
        {
            return Fail(path, "permission denied");
        }
        catch (IOException e)
        {
            return Fail(path, $"cannot be read ({OneLine(e.Message)})");
        }
    }

    private static InputText Fail(string path, string reason) => new(path, null, $"{path}: {reason}");

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim().TrimEnd('.');

    private static byte[] ReadLimited(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new TooLargeException();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static InputText Decode(string path, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return Fail(path, "is empty");
        }

        var text = TextDecoding.Decode(bytes);
        if (text is null)
        {
            return Fail(path, "looks like a binary file, not text");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(path, "contains only whitespace");
        }

        return new InputText(path, text, null);
    }

    private sealed class TooLargeException : Exception;
}
