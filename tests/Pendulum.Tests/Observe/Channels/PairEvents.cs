using Pendulum.Events;

namespace Pendulum.Tests.Observe;

/// <summary>Builds USA-CHN events for channel and crisis tests, with only the fields that matter to them.</summary>
internal static class PairEvents
{
    private static int _next;

    public static DateOnly Day(int offset) => new DateOnly(2010, 1, 1).AddDays(offset);

    public static CodedEvent Make(DateOnly date, string cameo, string sourceTypes = "", string targetTypes = "",
        double? goldstein = null, int mentions = 1, string? channel = null, string[]? tags = null, string sourceName = "",
        string targetName = "", bool fromChina = false) => new()
        {
            Dataset = "test",
            EventId = Interlocked.Increment(ref _next).ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            Date = date,
            Source = new EventActor(fromChina ? "CHN" : "USA", sourceName, "", sourceTypes),
            Target = new EventActor(fromChina ? "USA" : "CHN", targetName, "", targetTypes),
            CameoCode = cameo,
            QuadClass = QuadClassMapping.Of(cameo[..2], QuadClassScheme.Gdelt),
            Goldstein = goldstein ?? DefaultGoldstein(cameo),
            Mentions = mentions,
            Channel = channel,
            Tags = tags ?? [],
        };

    private static double DefaultGoldstein(string cameo) => int.Parse(cameo[..2], System.Globalization.CultureInfo.InvariantCulture) switch
    {
        <= 5 => 3,
        <= 9 => 6,
        <= 14 => -4,
        _ => -8,
    };
}
