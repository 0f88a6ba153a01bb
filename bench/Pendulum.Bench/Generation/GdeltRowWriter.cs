using Pendulum.Internals;

namespace Pendulum.Bench.Generation;

/// <summary>
/// Composes GDELT 2.0 event rows, one at a time, into a <see cref="Utf8Buffer"/>. Holds the state that runs
/// through a file: the PRNG, the last GLOBALEVENTID, the current 15-minute slice and the current article
/// (consecutive rows often come from one article and share its SOURCEURL and AvgTone, as in real exports).
/// Shares are measured on the two real 2018-05-08 sample slices unless a comment says otherwise.
/// </summary>
internal sealed partial class GdeltRowWriter
{
    /// <summary>Chance that a row comes from the same article as the previous one (real slices: ~4 rows a URL).</summary>
    private const double SameArticleChance = 0.75;

    /// <summary>Chance of skipping a few ids, as GDELT's ids are increasing but not dense.</summary>
    private const double EventIdGapChance = 0.02;

    private const double RootEventChance = 0.57;

    private static ReadOnlySpan<byte> EmptyActor => "\t\t\t\t\t\t\t\t\t"u8;

    private static ReadOnlySpan<byte> EmptyGeoBlock => "0\t\t\t\t\t\t\t"u8;

    private static readonly byte[] EmptyGeo = EmptyGeoBlock.ToArray();

    private readonly GdeltFileGeneratorOptions _options;
    private readonly GdeltReferenceData _data;
    private readonly RandomStream _random;
    private readonly SourceUrlBuilder _urls;
    private readonly CountryEntry _usa;
    private readonly CountryEntry _china;
    private readonly Dictionary<DateOnly, byte[]> _dateFields = [];
    private readonly Utf8Buffer _articleUrl = new(4096);
    private readonly Utf8Buffer _articleTone = new(64);
    private readonly byte[] _dateAdded = new byte[14];

    private long _eventId;
    private long _rowsInSlice;
    private DateTime _sliceTime;
    private DateOnly _sliceDay;
    private bool _haveArticle;

    public GdeltRowWriter(GdeltFileGeneratorOptions options, GdeltReferenceData data)
    {
        _options = options;
        _data = data;
        _random = new RandomStream(options.Seed);
        _urls = new SourceUrlBuilder(data);
        _usa = data.Country("USA");
        _china = data.Country("CHN");
        _eventId = options.FirstEventId - 1;
        SetSlice(options.FirstSliceTime);
    }

    /// <summary>
    /// Appends one row, newline included, to <paramref name="b"/> and returns the offset where its
    /// SOURCEURL starts, so that <see cref="RewriteSourceUrl"/> can give the file's last row an exact length.
    /// </summary>
    public int WriteRow(Utf8Buffer b)
    {
        if (_rowsInSlice == _options.RowsPerSlice)
        {
            SetSlice(_sliceTime.AddMinutes(15));
        }
        _rowsInSlice++;
        if (!_haveArticle || !_random.Chance(SameArticleChance))
        {
            StartArticle();
        }

        var step = _random.Chance(EventIdGapChance) ? 2 + _random.NextInt(3) : 1;
        _eventId = _eventId < _options.FirstEventId ? _options.FirstEventId : _eventId + step;
        b.Append(_eventId);
        b.AppendTab();
        b.Append(DateFields(EventDay()));
        b.AppendTab();

        var (actor1, actor2) = ChooseActors();
        WriteActor(b, actor1);
        b.AppendTab();
        WriteActor(b, actor2);
        b.AppendTab();

        b.Append(_random.Chance(RootEventChance) ? (byte)'1' : (byte)'0');
        b.AppendTab();
        b.Append(_data.EventCodes.Sample(_random).Fields);
        b.AppendTab();
        WriteCounts(b);
        b.Append(_articleTone.Written);
        b.AppendTab();

        var geo1 = ActorGeo(actor1);
        var geo2 = ActorGeo(actor2);
        b.Append(geo1);
        b.AppendTab();
        b.Append(geo2);
        b.AppendTab();
        b.Append(ActionGeo(geo1, geo2));
        b.AppendTab();
        b.Append(_dateAdded);
        b.AppendTab();

        var urlStart = b.Length;
        b.Append(_articleUrl.Written);
        b.Append((byte)'\n');
        return urlStart;
    }

    /// <summary>
    /// Replaces everything from <paramref name="urlStart"/> on by a SOURCEURL of exactly
    /// <paramref name="length"/> bytes and the newline. False, with the buffer cut at
    /// <paramref name="urlStart"/>, when no address is that short.
    /// </summary>
    public bool RewriteSourceUrl(Utf8Buffer buffer, int urlStart, int length)
    {
        buffer.Truncate(urlStart);
        if (!_urls.WriteExact(buffer, _random, length))
        {
            return false;
        }
        buffer.Append((byte)'\n');
        return true;
    }

    private void SetSlice(DateTime time)
    {
        _sliceTime = time;
        _sliceDay = DateOnly.FromDateTime(time);
        _rowsInSlice = 0;
        _haveArticle = false;
        var digits = new Utf8Buffer(_dateAdded.Length);
        digits.AppendDigits(time.Year, 4);
        digits.AppendDigits(time.Month, 2);
        digits.AppendDigits(time.Day, 2);
        digits.AppendDigits(time.Hour, 2);
        digits.AppendDigits(time.Minute, 2);
        digits.AppendDigits(time.Second, 2);
        digits.Written.CopyTo(_dateAdded);
    }

    private void StartArticle()
    {
        _haveArticle = true;
        _articleUrl.Clear();
        _urls.Write(_articleUrl, _random, _sliceDay);
        _articleTone.Clear();
        _articleTone.Append(Tone());
    }

    /// <summary>
    /// AvgTone as GDELT computes it, 100 x (positive - negative words) / words, so values look like real ones
    /// (<c>-1.45</c>, <c>2.71186440677966</c>). The balance is roughly normal, mean -1.5 points, sd 3.2.
    /// </summary>
    private double Tone()
    {
        var words = 150 + _random.NextInt(2000);
        var normal = (_random.NextDouble() + _random.NextDouble() + _random.NextDouble() + _random.NextDouble() - 2)
            * Math.Sqrt(3);
        var balance = Math.Round((-1.5 + 3.2 * normal) * words / 100);
        return balance == 0 ? 0 : 100 * balance / words;
    }
}
