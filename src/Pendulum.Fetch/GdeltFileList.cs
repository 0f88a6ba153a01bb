using System.Buffers;
using System.Globalization;

namespace Pendulum.Fetch;

/// <summary>
/// Reads a GDELT file list line by line and keeps the entries that fall in the wanted range. The list is streamed
/// because the 2.0 master list holds millions of lines; only the selected entries are kept.
/// </summary>
/// <param name="options">The range and the base address.</param>
/// <param name="listPath">The list's path under the base address.</param>
/// <param name="description">What the list is, for error messages.</param>
/// <param name="lineForm">What a line looks like, for error messages.</param>
/// <param name="coverage">Said when the range selects nothing: what range the version covers.</param>
internal abstract class GdeltFileList(
    GdeltFetchOptions options, string listPath, string description, string lineForm, string coverage)
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private readonly Dictionary<string, GdeltFileEntry> _selected = new(StringComparer.Ordinal);

    protected GdeltFetchOptions Options { get; } = options;

    public string ListPath { get; } = listPath;

    public string Description { get; } = description;

    public string LineForm { get; } = lineForm;

    public string Coverage { get; } = coverage;

    public int MalformedLines { get; private set; }

    public int WellFormedLines { get; private set; }

    /// <summary>The selected entries, oldest first (GDELT names sort chronologically).</summary>
    public IReadOnlyList<GdeltFileEntry> Selected =>
        [.. _selected.Values.OrderBy(entry => entry.Name, StringComparer.Ordinal)];

    public static GdeltFileList For(GdeltFetchOptions options) => options.Version switch
    {
        1 => new GdeltV1FileList(options),
        2 => new GdeltV2FileList(options),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Version, "GDELT version must be 1 or 2."),
    };

    /// <summary>Forgets what was read, so that a list download can be retried from its start.</summary>
    public void Clear()
    {
        _selected.Clear();
        MalformedLines = 0;
        WellFormedLines = 0;
    }

    public void Read(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        if (!TryParse(line, out var wanted))
        {
            MalformedLines++;
            return;
        }

        WellFormedLines++;
        if (wanted is not null)
        {
            _selected.TryAdd(wanted.Name, wanted);
        }
    }

    /// <summary>
    /// Reads one non-blank line: false when it is malformed; otherwise <paramref name="wanted"/> is the entry when it
    /// falls in the range, null when it does not (or is not an event file).
    /// </summary>
    protected abstract bool TryParse(string line, out GdeltFileEntry? wanted);

    /// <summary>The space-separated fields of a line; the lists use one space (2.0) or two (md5sum's format).</summary>
    protected static string[] FieldsOf(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    protected static bool IsMd5(string text) => text.Length == 32 && !text.AsSpan().ContainsAnyExcept(HexDigits);

    /// <summary>The address of <paramref name="path"/> under the base address, whatever host a list named.</summary>
    public Uri AddressOf(string path) => new(WithTrailingSlash(Options.BaseAddress), path.TrimStart('/'));

    /// <summary>True when the days from <paramref name="first"/> to <paramref name="last"/> meet the wanted range.</summary>
    protected bool Overlaps(DateOnly first, DateOnly last) => first <= Options.To && last >= Options.From;

    protected static bool TryParseDate(string digits, string format, out DateOnly date) =>
        DateOnly.TryParseExact(digits, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    // Without the slash, "http://host/mirror" + "events/x" would resolve to "http://host/events/x".
    private static Uri WithTrailingSlash(Uri address) =>
        address.AbsolutePath.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
}
