using Terminal.Gui.Time;

namespace QuizTui.Tests.Tui;

/// <summary>The quiz's <see cref="TimeProvider"/> reading Terminal.Gui's virtual clock, so one Advance moves both.</summary>
internal sealed class TimeProviderAdapter(VirtualTimeProvider time) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(time.Now, DateTimeKind.Utc));

    public override long GetTimestamp() => time.Now.Ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
