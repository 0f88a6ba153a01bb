using System.Diagnostics.CodeAnalysis;
using Pendulum.Events.Cameo;
using Pendulum.Internals;

namespace Pendulum.Events.Countries;

/// <summary>
/// Country names -> ISO 3166-1 alpha-3 codes. ICEWS writes countries as English names ("Russian Federation",
/// "Occupied Palestinian Territory"); Pendulum stores alpha-3 codes. The table holds every ISO 3166-1 entry, the
/// user-assigned <c>XKX</c> (Kosovo) and a few historic codes (<c>SCG</c>, <c>YUG</c>, <c>SUN</c>, <c>ANT</c>), each
/// with the spellings ICEWS, GDELT and common usage employ (see <c>Resources/PROVENANCE.md</c>).
/// </summary>
/// <remarks>
/// Names are matched after normalisation: case is ignored, surrounding and repeated white space, hyphens and dashes
/// count as one space, full stops are dropped, curly apostrophes are straight, Latin diacritics are folded
/// (<c>Côte</c> = <c>Cote</c>) and a leading <c>the </c> is ignored. Lookups do not allocate.
/// </remarks>
public sealed class CountryTable
{
    /// <summary>Longer normalised input cannot be a country name (the longest is about 55 characters).</summary>
    private const int MaxKeyLength = 128;

    /// <summary>ASCII base letters of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A); others unchanged.</summary>
    private const string LatinFold =
        "AAAAAAÆCEEEEIIIIDNOOOOO×OUUUUYÞßaaaaaaæceeeeiiiidnooooo÷ouuuuyþy"
        + "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiĲĳJjKkĸLlLlLlLlLlNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtTtUuUuUu"
        + "UuUuWwYyYZzZzZzſ";

    private static readonly Lazy<CountryTable> LazyDefault = new(() =>
    {
        using var reader = EmbeddedTables.Open("Pendulum.Countries.countries.csv");
        return Parse(reader, "embedded:countries.csv");
    });

    // Plain dictionaries: a frozen one looks up a little faster but takes longer to build than a short command runs.
    private readonly Dictionary<string, Entry> _byCode;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byKey;
    private readonly Entry[] _entries;

    private CountryTable(Entry[] entries, Dictionary<string, string> byKey)
    {
        _entries = entries;
        _byCode = entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
        _byKey = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        Codes = [.. entries.Select(e => e.Code).Order(StringComparer.Ordinal)];
    }

    /// <summary>The table embedded in the library, loaded on first use.</summary>
    public static CountryTable Default => LazyDefault.Value;

    /// <summary>The alpha-3 codes the table knows, upper case, in ordinal order.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>How many countries and territories the table knows.</summary>
    public int Count => _entries.Length;

    /// <summary>
    /// The alpha-3 code of a country <paramref name="name"/>, alias or code (see the remarks on
    /// <see cref="CountryTable"/> for what is ignored). False for names the table does not know, for an empty name
    /// and for ICEWS's <c>NA</c> (no country).
    /// </summary>
    public bool TryGetCode(string name, [MaybeNullWhen(false)] out string iso3)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> buffer = stackalloc char[MaxKeyLength];
        var length = Normalize(name, buffer);
        if (length > 0 && _byKey.TryGetValue(buffer[..length], out iso3))
            return true;
        iso3 = null;
        return false;
    }

    /// <summary>True when <paramref name="iso3"/> is one of <see cref="Codes"/> (exactly: upper case).</summary>
    public bool IsKnownCode(string iso3)
    {
        ArgumentNullException.ThrowIfNull(iso3);
        return _byCode.ContainsKey(iso3);
    }

    /// <summary>The English short name of <paramref name="iso3"/> ("United States"), or null for an unknown code.</summary>
    public string? NameOf(string iso3)
    {
        ArgumentNullException.ThrowIfNull(iso3);
        return _byCode.TryGetValue(iso3, out var entry) ? entry.Name : null;
    }

    /// <summary>
    /// Up to <paramref name="count"/> known codes closest to a mistyped code or name, best first, for
    /// "unknown country code: did you mean ...?". Closeness is the edit distance (insertions, deletions,
    /// substitutions and swaps of neighbours, case ignored) to the code or to the nearest of the country's names,
    /// ties going to the code that is itself closer, then to ordinal order. Candidates further than 1 edit for input
    /// of up to 4 characters, or 1 + length / 4 edits for longer input, are left out, so the list may be short or empty.
    /// </summary>
    public IReadOnlyList<string> Closest(string codeOrName, int count)
    {
        ArgumentNullException.ThrowIfNull(codeOrName);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Span<char> buffer = stackalloc char[MaxKeyLength];
        var length = Normalize(codeOrName, buffer);
        if (count == 0 || length <= 0)
            return [];
        var query = buffer[..length];
        for (var i = 0; i < query.Length; i++)
            query[i] = char.ToUpperInvariant(query[i]);
        var limit = length <= 4 ? 1 : 1 + length / 4;

        var ranked = new List<(int Distance, int CodeDistance, string Code)>();
        foreach (var entry in _entries)
        {
            var codeDistance = Distance(query, entry.Code, limit);
            var best = codeDistance;
            foreach (var key in entry.SearchKeys)
                best = Math.Min(best, Distance(query, key, limit));
            if (best <= limit)
                ranked.Add((best, codeDistance, entry.Code));
        }

        ranked.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance)
            : a.CodeDistance != b.CodeDistance ? a.CodeDistance.CompareTo(b.CodeDistance)
            : string.CompareOrdinal(a.Code, b.Code));
        return [.. ranked.Take(count).Select(r => r.Code)];
    }

    /// <summary>The normalised form of <paramref name="name"/> that lookups compare, or null when it is too long.</summary>
    internal static string? NormalizeKey(string name)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength];
        var length = Normalize(name, buffer);
        return length < 0 ? null : new string(buffer[..length]);
    }

    /// <summary>
    /// Reads a table: a header naming <c>iso3</c>, <c>name</c> and <c>aliases</c> (<c>|</c>-separated), then one
    /// country a row. A code must be three upper-case letters and appear once; no name may stand for two codes.
    /// </summary>
    internal static CountryTable Parse(TextReader reader, string file)
    {
        var csv = new CsvRowReader(reader, ',');
        var fields = new List<string>();
        if (!csv.TryRead(fields))
            throw new BadDataException("the country table is empty", file, 1);
        var codeAt = fields.IndexOf("iso3");
        var nameAt = fields.IndexOf("name");
        var aliasesAt = fields.IndexOf("aliases");
        if (codeAt < 0 || nameAt < 0 || aliasesAt < 0)
            throw new BadDataException("expected the header iso3,name,aliases", file, 1);
        var width = Math.Max(codeAt, Math.Max(nameAt, aliasesAt)) + 1;

        var entries = new List<Entry>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (csv.TryRead(fields))
        {
            var line = csv.RecordLine;
            if (fields is [""])
                continue;
            if (fields.Count < width)
                throw new BadDataException($"expected {width} fields, found {fields.Count}", file, line);
            var code = fields[codeAt].Trim();
            if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
                throw new BadDataException($"'{code}' is not an alpha-3 code (three upper-case letters)", file, line, "iso3");
            if (!codes.Add(code))
                throw new BadDataException($"code {code} appears twice", file, line, "iso3");
            var name = fields[nameAt].Trim();
            if (name.Length == 0)
                throw new BadDataException($"code {code} has no name", file, line, "name");

            var searchKeys = new List<string>();
            var names = fields[aliasesAt].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var alias in names.Prepend(name).Prepend(code))
            {
                var key = NormalizeKey(alias);
                if (string.IsNullOrEmpty(key))
                    throw new BadDataException($"'{alias}' is not a usable name", file, line, "aliases");
                if (byKey.TryGetValue(key, out var other))
                {
                    if (other != code)
                        throw new BadDataException($"'{alias}' names both {other} and {code}", file, line, "aliases");
                    continue;
                }

                byKey.Add(key, code);
                searchKeys.Add(key.ToUpperInvariant());
            }

            entries.Add(new Entry(code, name, [.. searchKeys]));
        }

        if (entries.Count == 0)
            throw new BadDataException("the country table has no rows", file);
        return new CountryTable([.. entries], byKey);
    }

    /// <summary>
    /// Writes the normalised form of <paramref name="input"/> to the start of <paramref name="buffer"/> and returns
    /// its length, or -1 when it does not fit.
    /// </summary>
    private static int Normalize(ReadOnlySpan<char> input, Span<char> buffer)
    {
        input = input.Trim();
        if (input.Length > 4 && input.StartsWith("the", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(input[3]))
            input = input[4..];

        var length = 0;
        var pendingSpace = false;
        foreach (var c in input)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' or (>= '\u2010' and <= '\u2015'))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (c == '.')
                continue;
            var needed = pendingSpace ? 2 : 1;
            if (length + needed > buffer.Length)
                return -1;
            if (pendingSpace)
                buffer[length++] = ' ';
            pendingSpace = false;
            buffer[length++] = Fold(c);
        }

        return length;
    }

    private static char Fold(char c) => c switch
    {
        >= '\u00C0' and <= '\u017F' => LatinFold[c - '\u00C0'],
        '\u0218' => 'S',
        '\u0219' => 's',
        '\u021A' => 'T',
        '\u021B' => 't',
        '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' => '\'',
        _ => c,
    };

    /// <summary>
    /// Optimal-string-alignment distance between <paramref name="a"/> and <paramref name="b"/> (ordinal), capped at
    /// <c>limit + 1</c>; pairs whose lengths differ by more than <paramref name="limit"/> are not compared.
    /// </summary>
    private static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit || b.Length > MaxKeyLength)
            return limit + 1;
        Span<int> beforePrevious = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d = Math.Min(d, beforePrevious[j - 2] + 1);
                current[j] = d;
            }

            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }

    /// <summary>One row of the table; <c>SearchKeys</c> are its normalised code, name and aliases in upper case.</summary>
    private sealed record Entry(string Code, string Name, string[] SearchKeys);
}
