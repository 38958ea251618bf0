using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters.TestFrameworks;

namespace QuizTui.Testing;

/// <summary>
/// Approved-file snapshots kept under the repository's top-level <c>snapshots/</c> folder, mirroring
/// the test folders: <c>tests/QuizTui.Tests/Cli/ParseTests.cs</c> → <c>snapshots/QuizTui.Tests/Cli/</c>.
/// A missing or different approved file fails and leaves a <c>.received.txt</c> beside it.
/// Set <c>QUIZTUI_ACCEPT_SNAPSHOTS=1</c> to accept every received file of a run (then read the diff).
/// </summary>
public static class Snapshot
{
    /// <summary>The variable that accepts all received snapshots in one run.</summary>
    public const string AcceptVariable = "QUIZTUI_ACCEPT_SNAPSHOTS";

    public static void Verify(
        string text,
        string? scenario = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testName = "")
    {
        var normalized = Normalize(text);
        var namer = new SnapshotNamer(testFile, testName, scenario);
        IApprovalFailureReporter reporter = Environment.GetEnvironmentVariable(AcceptVariable) == "1"
            ? new AcceptingReporter()
            : new XUnit2Reporter();
        Approvals.Verify(new ApprovalTextWriter(normalized), namer, reporter);
    }

    /// <summary>LF line ends, no trailing spaces, one final newline: approved files stay diffable.</summary>
    public static string Normalize(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines).TrimEnd('\n') + "\n";
    }

    private sealed class SnapshotNamer(string testFile, string testName, string? scenario) : IApprovalNamer
    {
        public string SourcePath => Locations.SnapshotFolderFor(testFile);

        public string Name
        {
            get
            {
                var name = $"{Path.GetFileNameWithoutExtension(testFile)}.{testName}";
                return scenario is null ? name : $"{name}.{Sanitize(scenario)}";
            }
        }

        private static string Sanitize(string scenario) =>
            string.Concat(scenario.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
    }

    /// <summary>Copies the received file over the approved one and lets the test pass.</summary>
    private sealed class AcceptingReporter : IApprovalFailureReporter, IReporterWithApprovalPower
    {
        public void Report(string approved, string received) =>
            File.WriteAllText(approved, File.ReadAllText(received), new System.Text.UTF8Encoding(false));

        public bool ApprovedWhenReported() => true;
    }
}
