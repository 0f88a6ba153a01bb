using System.Globalization;
using Microsoft.Data.Sqlite;
using Pendulum.Events;
using Pendulum.Observe;
using SQLitePCL;

namespace Pendulum.Store;

/// <remarks>
/// The observer's reads, without reading events in full. Pair events are read from the <c>events_dyad</c> index
/// alone, which holds every field the observer sums or ranks by; the table's rows (28 columns, clustered on the
/// event key, so a pair's rows lie scattered) are read only for the few drivers kept. Volumes come from
/// <c>country_days</c>. Rows are stepped through SQLite's C API: one event costs a few calls and no allocation,
/// except for the driver candidates.
/// </remarks>
public sealed partial class SqliteEventStore : IAggregatingEventStore
{
    public IEnumerable<PairDayTally> PairTallies(PairSetQuery query, CancellationToken cancellationToken = default) =>
        from item in Walk(query, 0, cancellationToken) where item.Tally is not null select item.Tally.GetValueOrDefault();

    public IEnumerable<CodedEvent> StrongestPairEvents(PairSetQuery query, int perGroup, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perGroup);
        return from item in Walk(query, perGroup, cancellationToken) where item.Candidate is not null select item.Candidate;
    }

    public void ReadPairs(PairSetQuery query, int perGroup, Action<PairDayTally> tally, Action<CodedEvent> candidate,
        CancellationToken cancellationToken = default)
    {
        foreach (var (t, c) in Walk(query, perGroup, cancellationToken))
        {
            if (t is { } day)
                tally(day);
            else
                candidate(c!);
        }
    }

    /// <summary>
    /// Walks each direction of each pair, one index range each, group by group (direction, day, QuadClass: the index
    /// delivers each group whole). Returns each group's sums after its candidates: every event at least as strong as
    /// the <paramref name="perGroup"/>-th strongest seen before it in the group, a superset of the group's strongest
    /// (about <c>k (1 + ln(n / k))</c> events of a group of n). Only candidates become objects, CAMEO code left empty.
    /// </summary>
    private IEnumerable<(PairDayTally? Tally, CodedEvent? Candidate)> Walk(PairSetQuery query, int perGroup, CancellationToken cancellationToken)
    {
        var strongest = new long[perGroup]; // ascending: [0] is the weakest of the group's strongest so far
        foreach (var (source, target) in Directions(query.Countries))
        {
            using var scan = new PairScan(this, source, target, query.From, query.To);
            var (sourceActor, targetActor) = (new EventActor(source), new EventActor(target));
            while (scan.Next(cancellationToken))
            {
                var (date, quad) = (scan.Date, scan.Quad);
                var tally = default(DayTally);
                var seen = 0;
                do
                {
                    tally.Add(quad, scan.Goldstein, scan.Mentions);
                    if (perGroup == 0)
                        continue;
                    var strength = Math.Abs(Math.Max(scan.Mentions, 1) * QuadSums.ToMicro(scan.Goldstein));
                    if (seen == perGroup && strength < strongest[0])
                        continue;
                    Keep(strongest, ref seen, strength);
                    yield return (null, new CodedEvent
                    {
                        Dataset = scan.Dataset,
                        EventId = scan.EventId,
                        Date = date,
                        Source = sourceActor,
                        Target = targetActor,
                        CameoCode = "",
                        QuadClass = quad,
                        Goldstein = scan.Goldstein,
                        Mentions = scan.Mentions,
                    });
                }
                while (scan.NextInGroup(date, quad, cancellationToken));

                var sums = tally.Of(quad);
                yield return (new PairDayTally(source, target, date, quad, sums.Count, sums.GoldsteinMicro, sums.Mentions, sums.WeightedGoldsteinMicro), null);
            }
        }
    }

    // Inserts a strength into the ascending array of the strongest so far, dropping the weakest once it is full.
    private static void Keep(long[] strongest, ref int seen, long strength)
    {
        int i;
        if (seen < strongest.Length)
        {
            i = seen++;
        }
        else
        {
            i = 0;
            while (i + 1 < seen && strongest[i + 1] < strength)
            {
                strongest[i] = strongest[i + 1];
                i++;
            }

            strongest[i] = strength;
            return;
        }

        while (i > 0 && strongest[i - 1] > strength)
        {
            strongest[i] = strongest[i - 1];
            i--;
        }

        strongest[i] = strength;
    }

    /// <summary>Full events by key, each found through the primary key.</summary>
    public IEnumerable<CodedEvent> EventsByKey(IReadOnlyCollection<(string Dataset, string EventId)> keys, CancellationToken cancellationToken = default)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT {EventColumns.List} FROM events WHERE dataset = @dataset AND event_id = @id";
        var dataset = AddParameter(command, "dataset", "");
        var id = AddParameter(command, "id", "");
        command.Prepare();
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (dataset.Value, id.Value) = key;
            using var reader = command.ExecuteReader();
            if (reader.Read())
                yield return EventColumns.Read(reader);
        }
    }

    /// <summary>Read from <c>country_days</c>.</summary>
    public IEnumerable<CountryDayVolume> DailyVolumes(IReadOnlyCollection<string> countries, DateOnly? from = null, DateOnly? to = null,
        CancellationToken cancellationToken = default)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT date, events FROM country_days WHERE country = @country AND date >= @from AND date <= @to ORDER BY date";
        var country = AddParameter(command, "country", "");
        AddParameter(command, "from", DateValue(from ?? DateOnly.MinValue));
        AddParameter(command, "to", DateValue(to ?? DateOnly.MaxValue));
        foreach (var c in countries)
        {
            country.Value = c;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return new CountryDayVolume(c, EventColumns.ReadDate(reader, 0), reader.GetInt64(1));
            }
        }
    }

    private static IEnumerable<(string Source, string Target)> Directions(IReadOnlyList<string> countries) =>
        from source in countries.Distinct(StringComparer.Ordinal)
        from target in countries.Distinct(StringComparer.Ordinal)
        where source != target
        select (source, target);

    /// <summary>
    /// One direction's events in index order (day, QuadClass, then Goldstein), so each (day, QuadClass) group comes
    /// whole. The day is parsed only when its text changes; the key is read only when asked for.
    /// </summary>
    private sealed class PairScan : IDisposable
    {
        private readonly SqliteEventStore _store;
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _statement;
        private readonly byte[] _dateText = new byte[10];
        private bool _pending;
        private bool _done;

        public PairScan(SqliteEventStore store, string source, string target, DateOnly? from, DateOnly? to)
        {
            _store = store;
            _db = ((SqliteConnection)store.Connection).Handle!;
            Check(raw.sqlite3_prepare_v2(_db,
                "SELECT date, quad, goldstein, mentions, dataset, event_id FROM events INDEXED BY events_dyad "
                + "WHERE source_country = ?1 AND target_country = ?2 AND date >= ?3 AND date <= ?4 ORDER BY date, quad",
                out _statement));
            Check(raw.sqlite3_bind_text(_statement, 1, source));
            Check(raw.sqlite3_bind_text(_statement, 2, target));
            Check(raw.sqlite3_bind_text(_statement, 3, (string)store.DateValue(from ?? DateOnly.MinValue)));
            Check(raw.sqlite3_bind_text(_statement, 4, (string)store.DateValue(to ?? DateOnly.MaxValue)));
        }

        public DateOnly Date { get; private set; }

        public QuadClass Quad { get; private set; }

        public double Goldstein { get; private set; }

        public int Mentions { get; private set; }

        public string Dataset => raw.sqlite3_column_text(_statement, 4).utf8_to_string();

        public string EventId => raw.sqlite3_column_text(_statement, 5).utf8_to_string();

        /// <summary>Moves to the next row, if any (or stays on a row read ahead by <see cref="NextInGroup"/>).</summary>
        public bool Next(CancellationToken cancellationToken)
        {
            if (_pending)
            {
                _pending = false;
                return true;
            }

            return Step(cancellationToken);
        }

        /// <summary>Moves to the next row if it belongs to the same group; otherwise keeps it for <see cref="Next"/>.</summary>
        public bool NextInGroup(DateOnly date, QuadClass quad, CancellationToken cancellationToken)
        {
            if (!Step(cancellationToken))
                return false;
            _pending = Date != date || Quad != quad;
            return !_pending;
        }

        private bool Step(CancellationToken cancellationToken)
        {
            if (_done)
                return false;
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_DONE)
            {
                _done = true;
                return false;
            }

            if (rc != raw.SQLITE_ROW)
                Check(rc);
            cancellationToken.ThrowIfCancellationRequested();
            var text = raw.sqlite3_column_blob(_statement, 0);
            if (!text.SequenceEqual(_dateText))
            {
                if (text.Length != _dateText.Length)
                    throw new InputOutputException($"an event's date is not YYYY-MM-DD: {System.Text.Encoding.UTF8.GetString(text)}", _store._path);
                text.CopyTo(_dateText);
                Date = DateOnly.ParseExact(System.Text.Encoding.ASCII.GetString(_dateText), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            Quad = (QuadClass)raw.sqlite3_column_int(_statement, 1);
            Goldstein = raw.sqlite3_column_double(_statement, 2);
            Mentions = raw.sqlite3_column_int(_statement, 3);
            return true;
        }

        private void Check(int rc) => _store.Check(_db, rc);

        public void Dispose() => _statement.Dispose();
    }
}
