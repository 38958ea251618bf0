using System.Text.Json;
using QuizTui.Core.Scheduling;
using QuizTui.Testing;

namespace QuizTui.Core.Tests.Scheduling;

/// <summary>Replays the review sequences that ts-fsrs scheduled (reference/make-vectors.mjs) through our port.</summary>
public sealed class FsrsReferenceTests
{
    private const double Tolerance = 1e-9;

    private static readonly Lazy<JsonDocument> Vectors = new(() => JsonDocument.Parse(File.ReadAllText(
        Path.Combine(Locations.RepositoryRoot, "tests", "QuizTui.Core.Tests", "Scheduling", "reference", "fsrs-vectors.json"))));

    [Fact]
    public void Default_parameters_match_the_reference_settings()
    {
        var parameters = Vectors.Value.RootElement.GetProperty("parameters");
        var expected = parameters.GetProperty("w").EnumerateArray().Select(w => w.GetDouble()).ToArray();

        Assert.Equal(expected, FsrsParameters.Default.Weights);
        Assert.Equal(parameters.GetProperty("request_retention").GetDouble(), FsrsParameters.Default.RequestRetention);
        Assert.Equal(parameters.GetProperty("maximum_interval").GetInt32(), FsrsParameters.Default.MaximumInterval);
        Assert.Equal(["1m", "10m"], parameters.GetProperty("learning_steps").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal([1.0, 10.0], FsrsParameters.Default.LearningSteps.Select(s => s.TotalMinutes));
        Assert.Equal([10.0], FsrsParameters.Default.RelearningSteps.Select(s => s.TotalMinutes));
        Assert.False(parameters.GetProperty("enable_fuzz").GetBoolean());
        Assert.True(parameters.GetProperty("enable_short_term").GetBoolean());
    }

    [Fact]
    public void Every_reference_review_sequence_is_scheduled_the_same()
    {
        var sequences = Vectors.Value.RootElement.GetProperty("sequences").EnumerateArray().ToList();
        Assert.True(sequences.Count >= 200, $"only {sequences.Count} sequences");
        var scheduler = FsrsScheduler.Default;
        var timings = new HashSet<string>();
        var grades = new HashSet<Grade>();

        for (var s = 0; s < sequences.Count; s++)
        {
            var card = ReviewCard.New(FromMilliseconds(sequences[s].GetProperty("start").GetInt64()));
            var steps = sequences[s].GetProperty("steps").EnumerateArray().ToList();
            for (var i = 0; i < steps.Count; i++)
            {
                var step = steps[i];
                var at = FromMilliseconds(step.GetProperty("at").GetInt64());
                var grade = Enum.Parse<Grade>(step.GetProperty("grade").GetString()!);
                var where = $"sequence {s} review {i} ({step.GetProperty("timing").GetString()}, {grade})";
                timings.Add(step.GetProperty("timing").GetString()!);
                grades.Add(grade);

                AssertClose(step.GetProperty("retrievability").GetDouble(), scheduler.Retrievability(card, at), where + " retrievability");
                card = scheduler.Next(card, at, grade);
                AssertSame(step.GetProperty("card"), card, where);
            }
        }

        Assert.Equal(4, grades.Count);
        Assert.Superset(new HashSet<string> { "same-day", "early", "on-time", "overdue" }, timings);
    }

    private static void AssertSame(JsonElement expected, ReviewCard actual, string where)
    {
        Assert.True(
            expected.GetProperty("due").GetInt64() == actual.Due.ToUnixTimeMilliseconds(),
            $"{where}: due {FromMilliseconds(expected.GetProperty("due").GetInt64()):O} expected, got {actual.Due:O}");
        AssertClose(expected.GetProperty("stability").GetDouble(), actual.Stability, where + " stability");
        AssertClose(expected.GetProperty("difficulty").GetDouble(), actual.Difficulty, where + " difficulty");
        Assert.True(expected.GetProperty("state").GetString() == actual.State.ToString(), $"{where}: state {expected.GetProperty("state")} expected, got {actual.State}");
        Assert.True(expected.GetProperty("scheduledDays").GetInt32() == actual.ScheduledDays, $"{where}: scheduled days {expected.GetProperty("scheduledDays")} expected, got {actual.ScheduledDays}");
        Assert.True(expected.GetProperty("elapsedDays").GetInt32() == actual.ElapsedDays, $"{where}: elapsed days");
        Assert.True(expected.GetProperty("reps").GetInt32() == actual.Reps, $"{where}: reps");
        Assert.True(expected.GetProperty("lapses").GetInt32() == actual.Lapses, $"{where}: lapses");
        Assert.True(expected.GetProperty("learningSteps").GetInt32() == actual.LearningSteps, $"{where}: learning steps");
        Assert.True(expected.GetProperty("lastReview").GetInt64() == actual.LastReview?.ToUnixTimeMilliseconds(), $"{where}: last review");
    }

    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance, $"{what}: {expected:R} expected, got {actual:R}");

    private static DateTimeOffset FromMilliseconds(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
