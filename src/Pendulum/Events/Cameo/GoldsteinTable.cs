using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Pendulum.Internals;

namespace Pendulum.Events.Cameo;

/// <summary>
/// A CAMEO code -> Goldstein value table (-10 most conflictual .. +10 most cooperative). Tables disagree on a few
/// codes, so the table is named and swappable. The default is GDELT's (<see cref="Gdelt"/>).
/// </summary>
public sealed class GoldsteinTable
{
    private static readonly Lazy<GoldsteinTable> LazyGdelt = new(() =>
    {
        using var reader = EmbeddedTables.Open("Pendulum.Cameo.CAMEO.goldsteinscale.txt");
        return Parse(reader, "gdelt", "embedded:CAMEO.goldsteinscale.txt");
    });

    private static readonly Lazy<GoldsteinTable> LazyIcews = new(() =>
    {
        using var reader = EmbeddedTables.Open("Pendulum.Cameo.icews-cameo-codes.csv", Encoding.Latin1);
        return ParseIcewsCodebook(reader);
    });

    private readonly FrozenDictionary<string, double> _values;

    private GoldsteinTable(string name, Dictionary<string, double> values)
    {
        Name = name;
        _values = values.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>GDELT's table (311 codes), the default.</summary>
    public static GoldsteinTable Gdelt => LazyGdelt.Value;

    /// <summary>The ICEWS codebook's values (312 codes; differs from GDELT on 016, 022, 164, 165).</summary>
    public static GoldsteinTable Icews => LazyIcews.Value;

    /// <summary>The table's name: <c>gdelt</c>, <c>icews</c> or the file it was loaded from.</summary>
    public string Name { get; }

    /// <summary>Codes the table scores.</summary>
    public IEnumerable<string> Codes => _values.Keys;

    /// <summary>The Goldstein value of <paramref name="code"/>, or false when the table does not score it.</summary>
    public bool TryGet(string code, out double value) => _values.TryGetValue(code, out value);

    /// <summary>A built-in table by name (<c>gdelt</c>, <c>icews</c>) or a file with two columns, code and value.</summary>
    public static GoldsteinTable Resolve(string nameOrPath) => nameOrPath.ToLowerInvariant() switch
    {
        "gdelt" => Gdelt,
        "icews" => Icews,
        _ => Load(nameOrPath),
    };

    /// <summary>
    /// Loads a user's table: a header line, then <c>CODE&lt;sep&gt;VALUE</c> per line, tab or comma separated.
    /// Codes must keep their leading zeros; values must lie in [-10, 10].
    /// </summary>
    public static GoldsteinTable Load(string path)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            return Parse(reader, path, path);
        }
        catch (IOException e)
        {
            throw new InputOutputException($"cannot read Goldstein table: {e.Message}", path, e);
        }
    }

    private static GoldsteinTable Parse(TextReader reader, string name, string file)
    {
        var header = reader.ReadLine() ?? throw new BadDataException("the Goldstein table is empty", file, 1);
        var separator = header.Contains('\t') ? '\t' : ',';
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var lineNumber = 1L;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            var parts = line.Split(separator);
            if (parts.Length < 2)
                throw new BadDataException($"expected CODE{(separator == '\t' ? "<tab>" : ",")}VALUE", file, lineNumber);
            var code = parts[0].Trim().Trim('"');
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
                throw new BadDataException($"'{code}' is not a CAMEO code (2-4 digits with leading zeros)", file, lineNumber, "code");
            if (!double.TryParse(parts[1].Trim().Trim('"'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || value is < -10 or > 10)
                throw new BadDataException($"'{parts[1]}' is not a Goldstein value in [-10, 10]", file, lineNumber, "goldstein");
            if (!values.TryAdd(code, value))
                throw new BadDataException($"code {code} appears twice", file, lineNumber, "code");
        }

        if (values.Count == 0)
            throw new BadDataException("the Goldstein table has no rows", file);
        return new GoldsteinTable(name, values);
    }

    private static GoldsteinTable ParseIcewsCodebook(TextReader reader)
    {
        var csv = new CsvRowReader(reader, ',');
        var fields = new List<string>();
        csv.TryRead(fields);
        var codeAt = fields.IndexOf("code");
        var valueAt = fields.IndexOf("goldstein");
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        while (csv.TryRead(fields))
            values[fields[codeAt]] = double.Parse(fields[valueAt], CultureInfo.InvariantCulture);
        return new GoldsteinTable("icews", values);
    }
}
