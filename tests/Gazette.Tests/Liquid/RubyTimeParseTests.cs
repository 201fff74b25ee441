using Gazette.Liquid.Runtime;

namespace Gazette.Tests.Liquid;

/// <summary>Ruby's <c>Time.parse</c> as Liquid's <c>date</c> uses it; expectations from Ruby 3.1 with TZ=UTC.</summary>
public sealed class RubyTimeParseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Fri Jul 16 01:00:00 2004", "2004-07-16 01:00:00 +00:00")]
    [InlineData("2020-06-15 14:30:00 -0400", "2020-06-15 14:30:00 -04:00")]
    [InlineData("16/07/2004", "2004-07-16 00:00:00 +00:00")]
    [InlineData("2004/07/16", "2004-07-16 00:00:00 +00:00")]
    [InlineData("March 14, 2016", "2016-03-14 00:00:00 +00:00")]
    [InlineData("14 Mar 2016 10:00 PM", "2016-03-14 22:00:00 +00:00")]
    [InlineData("Mar 14", "2026-03-14 00:00:00 +00:00")]
    [InlineData("10:00", "2026-11-24 10:00:00 +00:00")]
    [InlineData("2020-06-15T14:30:00Z", "2020-06-15 14:30:00 +00:00")]
    [InlineData("Sat, 15 Jun 2020 14:30:45 +0200", "2020-06-15 14:30:45 +02:00")]
    [InlineData("2020-06-15 14:30:00 EST", "2020-06-15 14:30:00 -05:00")]
    [InlineData("1 January 2020 3pm", "2020-01-01 15:00:00 +00:00")]
    [InlineData("2020-06-15", "2020-06-15 00:00:00 +00:00")]
    public void Parses_like_Ruby(string text, string expected)
    {
        Assert.True(RubyTimeParse.TryParse(text, TimeZoneInfo.Utc, Now, out var time, out _));
        Assert.Equal(expected, time.ToString("yyyy-MM-dd HH:mm:ss zzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("07/16/2004")]
    [InlineData("2016")]
    [InlineData("foo")]
    public void Rejects_what_Ruby_rejects(string text) =>
        Assert.False(RubyTimeParse.TryParse(text, TimeZoneInfo.Utc, Now, out _, out _));
}
