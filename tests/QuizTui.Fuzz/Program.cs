using QuizTui.Testing.Robustness;
using SharpFuzz;

namespace QuizTui.Fuzz;

/// <summary>
/// The fuzz target over the whole pipeline. <c>afl</c>: run under afl-fuzz (see fuzz.sh);
/// <c>run FILE...</c>: replay inputs (a crash prints its exception); <c>seeds OUT</c>: write the seed corpus.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "afl":
                Fuzzer.OutOfProcess.Run(stream => PipelineCheck.RunBytes(ReadAll(stream)));
                return 0;
            case "run" when args.Length > 1:
                return Replay(args[1..]);
            case "seeds" when args.Length == 3:
                return SeedCorpus.Write(args[1], args[2]);
            default:
                Console.Error.WriteLine("usage: QuizTui.Fuzz afl | run FILE... | seeds SEEDS_DIR OUT_DIR");
                return 2;
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static int Replay(IEnumerable<string> files)
    {
        var failed = 0;
        foreach (var file in files)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                PipelineCheck.RunBytes(File.ReadAllBytes(file));
                Console.WriteLine($"ok    {watch.ElapsedMilliseconds,6} ms  {file}");
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"FAIL  {watch.ElapsedMilliseconds,6} ms  {file}\n{e}");
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
