using Pendulum.Events.Countries;
using Pendulum.Internals;

namespace Pendulum.Events.Readers;

/// <summary>
/// Reads ICEWS <c>.tab</c> files: tab-separated with a header, columns found by name. Countries come as names and
/// are mapped to ISO alpha-3 with the shipped <see cref="CountryTable"/>; a name it does not know is bad data, not a
/// silent blank. Sectors are kept as the actors' types. QuadClass follows the ICEWS convention; Goldstein is the
/// file's <c>Intensity</c>.
/// </summary>
public sealed class IcewsReader : EventReader
{
    private static readonly string[] RequiredColumns =
        ["Event ID", "Event Date", "Source Country", "CAMEO Code", "Intensity", "Target Country"];

    internal IcewsReader(Stream stream, string file, EventReaderOptions options)
        : base(stream, file, options) => Report.Format = EventFormat.Icews;

    public override IEnumerable<CodedEvent> ReadEvents(CancellationToken cancellationToken = default)
    {
        // ICEWS text fields may hold quote characters: the format has no quoting, only tabs.
        var (text, tsv, columns) = TextInput.OpenWithHeader(Stream, '\t', quoting: false, File);
        using var _ = text;
        var fields = new List<string>();
        var header = columns;
        foreach (var name in RequiredColumns)
        {
            if (!header.Contains(name))
                throw new BadDataException($"the header has no '{name}' column", File, 1, name);
        }

        Report.FormatDetail = $"ICEWS ({header.Length} columns, header)";
        var index = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        while (TextInput.TryRead(tsv, fields, File))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (fields is [""])
                continue;
            Report.RowsRead++;
            CodedEvent? ev = null;
            try
            {
                if (fields.Count != header.Length)
                {
                    var why = tsv.RecordUnterminated && fields.Count < header.Length ? "truncated last line: " : "";
                    throw new RowRejectedException(null, $"{why}expected {header.Length} tab-separated columns as in the header, found {fields.Count}");
                }

                string Get(string name) => index.TryGetValue(name, out var at) && fields[at] != "NA" ? fields[at].Trim() : "";
                var source = Country(Get("Source Country"), "Source Country");
                var target = Country(Get("Target Country"), "Target Country");
                var match = Match(source, target);
                if (match == RowMatch.Kept)
                {
                    ev = Build(Get, source, target);
                    Report.RowsKept++;
                    Volumes.Add(source, target, ev.Date);
                }
                else
                {
                    // Left out but touching a listed country: only its day is read, for that country's volume.
                    if (match == RowMatch.Counted)
                        Volumes.Add(source, target, FieldParser.IsoDate(Get("Event Date"), "Event Date"));
                    Report.RowsFilteredOut++;
                }
            }
            catch (RowRejectedException rejection)
            {
                Reject(tsv.RecordLine, rejection);
            }

            if (ev is not null)
                yield return ev;
        }
    }

    private CodedEvent Build(Func<string, string> get, string? source, string? target)
    {
        var id = FieldParser.Required(get("Event ID"), "Event ID");
        var date = FieldParser.IsoDate(get("Event Date"), "Event Date");
        var code = FieldParser.Cameo(get("CAMEO Code"), "CAMEO Code", Options.Codebook);
        var goldstein = Options.Goldstein is { } table
            ? GdeltEventBuilder.Rescore(table, code)
            : FieldParser.Goldstein(get("Intensity"), "Intensity");
        var place = string.Join(", ", new[] { get("City"), get("District"), get("Province"), get("Country") }.Where(p => p.Length > 0));
        var placeCountry = get("Country");
        var lat = FieldParser.OptionalNumber(get("Latitude"), "Latitude");
        var lon = FieldParser.OptionalNumber(get("Longitude"), "Longitude");
        return new CodedEvent
        {
            Dataset = "icews",
            EventId = id,
            Date = date,
            Source = new EventActor(source, get("Source Name"), "", Sectors(get("Source Sectors"))),
            Target = new EventActor(target, get("Target Name"), "", Sectors(get("Target Sectors"))),
            CameoCode = code,
            QuadClass = QuadClassMapping.Of(code[..2], QuadClassScheme.Icews),
            Goldstein = goldstein,
            Location = place.Length == 0 && lat is null && lon is null
                ? null
                : new EventLocation(place, CountryTable.Default.TryGetCode(placeCountry, out var iso) ? iso : null, lat, lon),
            Reference = get("Publisher").NullIfEmpty(),
        };
    }

    private static string? Country(string name, string field)
    {
        if (name.Length == 0)
            return null;
        if (CountryTable.Default.TryGetCode(name, out var iso3))
            return iso3;
        throw new RowRejectedException(field, $"unknown country name '{FieldParser.Shorten(name)}' (not in the shipped country table)");
    }

    // ICEWS separates sectors with commas; Pendulum joins actor types with ';' across datasets.
    private static string Sectors(string value) =>
        string.Join(';', value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
