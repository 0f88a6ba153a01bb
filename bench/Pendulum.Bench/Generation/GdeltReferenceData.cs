using System.Globalization;

namespace Pendulum.Bench.Generation;

/// <summary>
/// The real tables the generator draws from, read once from the embedded files under <c>Data/</c>
/// (see <c>Data/README.md</c> for where each comes from and how its weights were measured).
/// </summary>
internal sealed class GdeltReferenceData
{
    /// <summary>EventRootCode 01..20 counts in the two 2018-05-08 GDELT 2.0 sample slices (4,107 rows).</summary>
    private static readonly int[] RootCounts =
        [526, 269, 253, 1236, 310, 84, 137, 156, 91, 46, 241, 93, 73, 19, 11, 23, 208, 62, 268, 1];

    /// <summary>
    /// Within a root, a three-digit code is five times as likely as a four-digit one: in the samples 97% of
    /// EventCodes have three digits. Two-digit codes (the roots themselves) never appear as EventCode.
    /// </summary>
    private const double FourDigitCodeWeight = 0.2;

    /// <summary>
    /// Country popularity falls as 1 / rank^1.25 (Zipf-like). 1.25 puts USA near 28% and CHN near 12% of
    /// country-coded actors, and is computed with square roots only, which IEEE 754 rounds exactly, so the
    /// weights (and the files) are the same on every platform.
    /// </summary>
    private static double ZipfWeight(int rank) => 1.0 / (rank * Math.Sqrt(Math.Sqrt(rank)));

    private static readonly Lazy<GdeltReferenceData> SharedInstance = new(Load);

    private GdeltReferenceData(
        IReadOnlyDictionary<string, string> goldstein,
        WeightedList<EventCodeEntry> eventCodes,
        WeightedList<CountryEntry> countries,
        WeightedList<ActorRoleEntry> roles,
        WeightedList<byte[]> places,
        WeightedList<byte[]> domains,
        WeightedList<byte[]> words)
    {
        Goldstein = goldstein;
        EventCodes = eventCodes;
        Countries = countries;
        Roles = roles;
        Places = places;
        Domains = domains;
        Words = words;
    }

    public static GdeltReferenceData Shared => SharedInstance.Value;

    /// <summary>CAMEO code -> GoldsteinScale text exactly as in the table (<c>"042" -> "1.9"</c>).</summary>
    public IReadOnlyDictionary<string, string> Goldstein { get; }

    public WeightedList<EventCodeEntry> EventCodes { get; }

    public WeightedList<CountryEntry> Countries { get; }

    public WeightedList<ActorRoleEntry> Roles { get; }

    /// <summary>The eight fields of a geography block (Type .. FeatureID), pre-joined.</summary>
    public WeightedList<byte[]> Places { get; }

    /// <summary>News sites as <c>scheme://host</c>.</summary>
    public WeightedList<byte[]> Domains { get; }

    /// <summary>Lower-case words seen in real article slugs.</summary>
    public WeightedList<byte[]> Words { get; }

    public CountryEntry Country(string code) => Countries.Items.First(c => c.Code == code);

    /// <summary>GDELT's QuadClass for an EventRootCode (01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4).</summary>
    public static int QuadClassOfRoot(int root) => root switch
    {
        >= 1 and <= 5 => 1,
        >= 6 and <= 9 => 2,
        >= 10 and <= 14 => 3,
        >= 15 and <= 20 => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(root), root, "CAMEO root codes run from 01 to 20."),
    };

    private static GdeltReferenceData Load()
    {
        var goldstein = ReadTable("CAMEO.goldsteinscale.txt").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var places = ReadTable("gdelt-places.tsv").Select(r => (Weight: Weight(r[0]), Fips: r[3], Fields: Utf8.Join(r[1..])))
            .ToList();
        var placesByFips = places.GroupBy(p => p.Fips, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new WeightedList<byte[]>([.. g.Select(p => p.Fields)], [.. g.Select(p => p.Weight)]),
                StringComparer.Ordinal);
        var countries = ReadTable("countries.tsv")
            .Select(r => new CountryEntry(r[0], r[1], r[2]) { Places = placesByFips.GetValueOrDefault(r[2]) })
            .ToList();
        var roles = ReadTable("gdelt-actor-roles.tsv").ToList();
        var domains = ReadTable("url-domains.tsv").ToList();
        var words = ReadTable("url-words.tsv").ToList();
        return new GdeltReferenceData(
            goldstein,
            EventCodeTable(goldstein),
            new WeightedList<CountryEntry>(countries, [.. countries.Select((_, i) => ZipfWeight(i + 1))]),
            new WeightedList<ActorRoleEntry>(
                [.. roles.Select(r => new ActorRoleEntry(r[1], r[2], Utf8.Join(["", .. r[3..]])))],
                [.. roles.Select(r => Weight(r[0]))]),
            new WeightedList<byte[]>([.. places.Select(p => p.Fields)], [.. places.Select(p => p.Weight)]),
            new WeightedList<byte[]>([.. domains.Select(r => Utf8.Bytes(r[1]))], [.. domains.Select(r => Weight(r[0]))]),
            new WeightedList<byte[]>([.. words.Select(r => Utf8.Bytes(r[1]))], [.. words.Select(r => Weight(r[0]))]));
    }

    private static WeightedList<EventCodeEntry> EventCodeTable(IReadOnlyDictionary<string, string> goldstein)
    {
        var codes = goldstein.Keys.Where(c => c.Length is 3 or 4).Order(StringComparer.Ordinal)
            .Select(c => new EventCodeEntry(c, c[..3], c[..2], QuadClassOfRoot(RootOf(c)), goldstein[c]))
            .ToList();
        static double Relative(EventCodeEntry e) => e.Code.Length == 3 ? 1.0 : FourDigitCodeWeight;
        var rootTotals = codes.GroupBy(e => e.RootCode).ToDictionary(g => g.Key, g => g.Sum(Relative));
        var weights = codes.Select(e => RootCounts[RootOf(e.Code) - 1] * Relative(e) / rootTotals[e.RootCode]).ToList();
        return new WeightedList<EventCodeEntry>(codes, weights);
    }

    private static int RootOf(string code) => int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture);

    private static double Weight(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The rows of an embedded tab-separated table, header skipped.</summary>
    private static IEnumerable<string[]> ReadTable(string fileName)
    {
        var name = "Pendulum.Bench.Data." + fileName;
        using var stream = typeof(GdeltReferenceData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line.Split('\t');
            }
        }
    }
}
