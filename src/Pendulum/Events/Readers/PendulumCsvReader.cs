using System.Security.Cryptography;
using System.Text;
using Pendulum.Events.Cameo;
using Pendulum.Internals;

namespace Pendulum.Events.Readers;

/// <summary>
/// Reads Pendulum CSV, the small format for hand-coded events (specified in <c>docs/pendulum-csv.md</c>): a header
/// with at least <c>date,source,target,cameo</c>, and optionally <c>id, goldstein, channel, tags, description,
/// reference, source_name, target_name, source_type, target_type, checked</c>.
/// </summary>
public sealed class PendulumCsvReader : EventReader
{
    private static readonly string[] Columns =
    [
        "id", "date", "source", "target", "cameo", "goldstein", "channel", "tags", "description", "reference",
        "source_name", "target_name", "source_type", "target_type", "checked",
    ];

    private static readonly string[] RequiredColumns = ["date", "source", "target", "cameo"];

    internal PendulumCsvReader(Stream stream, string file, EventReaderOptions options)
        : base(stream, file, options) => Report.Format = EventFormat.Pendulum;

    public override IEnumerable<CodedEvent> ReadEvents(CancellationToken cancellationToken = default)
    {
        var (text, csv, columns) = TextInput.OpenWithHeader(Stream, ',', quoting: true, File);
        using var _ = text;
        var fields = new List<string>();
        var header = columns.Select(f => f.ToLowerInvariant()).ToArray();
        foreach (var name in header)
        {
            if (name.Length > 0 && !Columns.Contains(name))
                throw new BadDataException($"unknown column '{name}'; known: {string.Join(", ", Columns)}", File, 1, name);
        }

        foreach (var name in RequiredColumns)
        {
            if (!header.Contains(name))
                throw new BadDataException($"the header has no '{name}' column", File, 1, name);
        }

        Report.FormatDetail = "Pendulum CSV";
        var index = Columns.ToDictionary(c => c, c => Array.IndexOf(header, c));
        while (TextInput.TryRead(csv, fields, File))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (fields is [""])
                continue; // a blank line
            Report.RowsRead++;
            CodedEvent? ev = null;
            try
            {
                if (fields.Count != header.Length)
                {
                    var why = csv.RecordTruncated || csv.RecordUnterminated ? "truncated last row: " : "";
                    throw new RowRejectedException(null, $"{why}expected {header.Length} columns as in the header, found {fields.Count}");
                }

                ev = Build(name => index[name] < 0 ? "" : fields[index[name]].Trim());
                if (Options.CheckedOnly && ev.SourceChecked == false)
                {
                    Report.RowsUnchecked++;
                    ev = null;
                    continue;
                }

                var match = Match(ev.Source.Country, ev.Target.Country);
                if (match != RowMatch.Outside)
                    Volumes.Add(ev.Source.Country, ev.Target.Country, ev.Date);
                if (match == RowMatch.Kept)
                    Report.RowsKept++;
                else
                {
                    Report.RowsFilteredOut++;
                    ev = null;
                }
            }
            catch (RowRejectedException rejection)
            {
                Reject(csv.RecordLine, rejection);
            }

            if (ev is not null)
                yield return ev;
        }
    }

    private CodedEvent Build(Func<string, string> get)
    {
        var date = FieldParser.IsoDate(get("date"), "date");
        var source = Country(get("source"), "source");
        var target = Country(get("target"), "target");
        var code = FieldParser.Cameo(get("cameo"), "cameo", Options.Codebook);
        var goldsteinText = get("goldstein");
        var goldstein = goldsteinText.Length > 0
            ? FieldParser.Goldstein(goldsteinText, "goldstein")
            : GdeltEventBuilder.Rescore(Options.Goldstein ?? GoldsteinTable.Gdelt, code);
        var description = get("description");
        var id = get("id");
        if (id.Length == 0)
            id = ContentId(date, source, target, code, description);
        return new CodedEvent
        {
            Dataset = "pendulum",
            EventId = id,
            Date = date,
            Source = new EventActor(source, get("source_name"), source, get("source_type")),
            Target = new EventActor(target, get("target_name"), target, get("target_type")),
            CameoCode = code,
            QuadClass = QuadClassMapping.Of(code[..2], QuadClassScheme.Gdelt),
            Goldstein = goldstein,
            Channel = get("channel").NullIfEmpty(),
            Tags = get("tags").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Description = description.NullIfEmpty(),
            Reference = get("reference").NullIfEmpty(),
            SourceChecked = Checked(get("checked")),
        };
    }

    // Optional column: empty (or absent) says nothing; otherwise exactly one of the two words.
    private static bool? Checked(string value) => value switch
    {
        "" => null,
        "checked" => true,
        "unchecked" => false,
        _ => throw new RowRejectedException("checked", $"'{value}' is not 'checked' or 'unchecked'"),
    };

    private static string Country(string value, string field) =>
        FieldParser.CountryCode(value, field) ?? throw new RowRejectedException(field, "is empty (an ISO alpha-3 code is required)");

    // Rows without an id get one from their content, so re-ingesting the same file stays idempotent.
    private static string ContentId(DateOnly date, string source, string target, string code, string description)
    {
        var key = $"{date:yyyy-MM-dd}|{source}|{target}|{code}|{description}";
        return "h" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
    }
}
