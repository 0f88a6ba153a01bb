using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using Pendulum.Internals;

namespace Pendulum.Events.Cameo;

/// <summary>
/// The CAMEO event codes Pendulum knows, with their names: the union of GDELT's Goldstein table, the ICEWS
/// codebook and gdeltPyR's name list (provenance in <c>Resources/PROVENANCE.md</c>). A code outside it is bad input.
/// </summary>
public sealed class CameoCodebook
{
    private static readonly Lazy<CameoCodebook> LazyDefault = new(LoadEmbedded);
    private readonly FrozenDictionary<string, string> _names;

    private CameoCodebook(Dictionary<string, string> names) => _names = names.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The codebook built from the embedded tables.</summary>
    public static CameoCodebook Default => LazyDefault.Value;

    /// <summary>Number of codes known.</summary>
    public int Count => _names.Count;

    /// <summary>All known codes, sorted.</summary>
    public IEnumerable<string> Codes => _names.Keys.Order(StringComparer.Ordinal);

    /// <summary>True when <paramref name="code"/> (with its leading zeros) is a CAMEO event code.</summary>
    public bool Contains(string code) => _names.ContainsKey(code);

    /// <summary>True when <paramref name="code"/> is a CAMEO event code.</summary>
    public bool Contains(ReadOnlySpan<char> code) => _names.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(code);

    /// <summary>The code's name (<c>"042"</c> -> <c>"Make a visit"</c>), or null when unknown.</summary>
    public string? NameOf(string code) => _names.GetValueOrDefault(code);

    /// <summary>
    /// Restores leading zeros that a spreadsheet or R took from a code: <c>"42"</c> under root <c>"4"</c> is
    /// <c>"042"</c>, <c>"311"</c> under root <c>"3"</c> is <c>"0311"</c>. Returns the code unchanged when it
    /// already starts with its root. Null when no repair gives a known code.
    /// </summary>
    /// <param name="code">The event code as found.</param>
    /// <param name="rootCode">The root code as found (may itself have lost its zero), or null to guess from the code alone.</param>
    public string? Repair(string code, string? rootCode)
    {
        if (code.Length == 0 || !code.All(char.IsAsciiDigit))
            return null;
        if (rootCode is { Length: 1 })
            rootCode = "0" + rootCode;
        if (rootCode is not null && code.StartsWith(rootCode, StringComparison.Ordinal) && Contains(code))
            return code;
        if (rootCode is null && Contains(code) && code.Length >= 3)
            return code;
        var padded = "0" + code;
        if (Contains(padded) && (rootCode is null || padded.StartsWith(rootCode, StringComparison.Ordinal)))
            return padded;
        return null;
    }

    private static CameoCodebook LoadEmbedded()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);

        // ICEWS codebook first: its names are the cleanest. Latin-1, as published.
        using (var reader = EmbeddedTables.Open("Pendulum.Cameo.icews-cameo-codes.csv", Encoding.Latin1))
        {
            var csv = new CsvRowReader(reader, ',');
            var fields = new List<string>();
            csv.TryRead(fields);
            var nameAt = fields.IndexOf("name");
            var codeAt = fields.IndexOf("code");
            while (csv.TryRead(fields))
                names.TryAdd(fields[codeAt], fields[nameAt].Trim());
        }

        using (var reader = EmbeddedTables.Open("Pendulum.Cameo.cameo-codes.json"))
        {
            using var json = JsonDocument.Parse(reader.ReadToEnd());
            foreach (var entry in json.RootElement.GetProperty("Description").EnumerateObject())
                names.TryAdd(entry.Name, entry.Value.GetString()?.Trim() ?? "");
        }

        foreach (var code in GoldsteinTable.Gdelt.Codes)
            names.TryAdd(code, "");
        return new CameoCodebook(names);
    }
}
