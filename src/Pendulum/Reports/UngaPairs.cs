using System.Globalization;
using Pendulum.Events.Readers;
using Pendulum.Internals;

namespace Pendulum.Reports;

/// <summary>
/// Bailey, Strezhnev and Voeten's UN General Assembly ideal points for every member (<c>data/unga/</c>, see its
/// PROVENANCE.md), read as two yearly series for any pair: the distance between the two ideal points, and the vote
/// agreement where the file has a column for one of the two (USA, RUS, BRA, CHN, IND, ISR). An outside view of the
/// same relationships, shown beside the pendulum and correlated with it in docs/validation.md; not an input.
/// </summary>
public sealed class UngaPairs
{
    /// <summary>The file's name under the shipped <c>data/unga/</c> folder.</summary>
    public const string FileName = "ideal-points-all-2024-06.csv";

    // The agreement columns: whose votes each compares every member's with.
    private static readonly (string Country, string Column)[] AgreementColumns =
        [("USA", "USAgree"), ("RUS", "RUSSAgree"), ("BRA", "BrazilAgree"), ("CHN", "ChinaAgree"), ("IND", "IndiaAgree"), ("ISR", "IsraelAgree")];

    private readonly Dictionary<(string Country, int Year), (double? IdealPoint, double?[] Agreement)> _rows;

    private UngaPairs(Dictionary<(string, int), (double?, double?[])> rows) => _rows = rows;

    /// <summary>The years the file covers (session n is year 1945 + n).</summary>
    public (int First, int Last) Years => (_rows.Keys.Min(k => k.Year), _rows.Keys.Max(k => k.Year));

    /// <summary>Reads the file. Throws <see cref="BadDataException"/> with the line and column when it is not the expected table.</summary>
    public static UngaPairs Load(string path)
    {
        if (!File.Exists(path))
            throw new InputOutputException("the UN General Assembly series is not here (it ships in data/unga/)", path);
        using var stream = File.OpenRead(path);
        var (text, csv, header) = TextInput.OpenWithHeader(stream, ',', quoting: true, path);
        using (text)
        {
            var index = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
            foreach (var column in new[] { "session", "iso3c", "IdealPointAll" }.Concat(AgreementColumns.Select(c => c.Column)))
            {
                if (!index.ContainsKey(column))
                    throw new BadDataException($"the header has no '{column}' column", path, 1, column);
            }

            var rows = new Dictionary<(string, int), (double?, double?[])>();
            var fields = new List<string>();
            while (TextInput.TryRead(csv, fields, path))
            {
                if (fields.Count != header.Length)
                    continue;
                if (!int.TryParse(fields[index["session"]], NumberStyles.None, CultureInfo.InvariantCulture, out var session))
                    throw new BadDataException($"'{fields[index["session"]]}' is not a session number", path, csv.RecordLine, "session");
                var agreement = AgreementColumns.Select(c => Number(fields[index[c.Column]])).ToArray();
                rows[(fields[index["iso3c"]], 1945 + session)] = (Number(fields[index["IdealPointAll"]]), agreement);
            }

            return new UngaPairs(rows);
        }
    }

    /// <summary>The distance between the ideal points of <paramref name="a"/> and <paramref name="b"/> in <paramref name="year"/>; null when either is missing.</summary>
    public double? Distance(string a, string b, int year) =>
        _rows.TryGetValue((a, year), out var x) && _rows.TryGetValue((b, year), out var y) && x.IdealPoint is { } pa && y.IdealPoint is { } pb
            ? Math.Abs(pa - pb)
            : null;

    /// <summary>
    /// How often <paramref name="a"/> and <paramref name="b"/> voted alike in <paramref name="year"/>, in [0, 1]: the
    /// agreement column of one with the other, when the file has one for either; null otherwise.
    /// </summary>
    public double? Agreement(string a, string b, int year)
    {
        for (var i = 0; i < AgreementColumns.Length; i++)
        {
            var (country, _) = AgreementColumns[i];
            var other = country == a ? b : country == b ? a : null;
            if (other is not null && _rows.TryGetValue((other, year), out var row) && row.Agreement[i] is { } value)
                return value;
        }

        return null;
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
