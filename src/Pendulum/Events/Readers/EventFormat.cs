namespace Pendulum.Events.Readers;

/// <summary>The event file formats Pendulum reads.</summary>
public enum EventFormat
{
    /// <summary>Pick the reader from the file's content (zip magic, header, column count).</summary>
    Auto,

    /// <summary>GDELT 1.0 (57 or 58 columns) or 2.0 (61 columns) event table: tab-separated, no header.</summary>
    Gdelt,

    /// <summary>GDELT re-exported as CSV with a header (from R, pandas or BigQuery): columns found by name.</summary>
    GdeltCsv,

    /// <summary>ICEWS <c>.tab</c>: tab-separated with a 20-column header, countries as names.</summary>
    Icews,

    /// <summary>Pendulum CSV: hand-coded events (see <c>docs/pendulum-csv.md</c>).</summary>
    Pendulum,
}

/// <summary>Names of <see cref="EventFormat"/> as the command line and the store spell them.</summary>
public static class EventFormatNames
{
    /// <summary>The format's name: <c>auto</c>, <c>gdelt</c>, <c>gdelt-csv</c>, <c>icews</c>, <c>pendulum</c>.</summary>
    public static string Name(this EventFormat format) => format switch
    {
        EventFormat.Auto => "auto",
        EventFormat.Gdelt => "gdelt",
        EventFormat.GdeltCsv => "gdelt-csv",
        EventFormat.Icews => "icews",
        EventFormat.Pendulum => "pendulum",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Parses a format name; null when unknown.</summary>
    public static EventFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "auto" => EventFormat.Auto,
        "gdelt" => EventFormat.Gdelt,
        "gdelt-csv" => EventFormat.GdeltCsv,
        "icews" => EventFormat.Icews,
        "pendulum" => EventFormat.Pendulum,
        _ => null,
    };

    /// <summary>All names, for help texts and errors.</summary>
    public static IReadOnlyList<string> All { get; } = ["auto", "gdelt", "gdelt-csv", "icews", "pendulum"];
}
