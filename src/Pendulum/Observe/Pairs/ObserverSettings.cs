using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pendulum.Events;
using Pendulum.Observe.Crises;
using Pendulum.Reports.Json;

namespace Pendulum.Observe.Pairs;

/// <summary>
/// The one settings choice an analysis of a pair is made with: how events become evidence (the observer's
/// parameters), which rows are read, and the crisis detector's thresholds. Every output names it: <see cref="Name"/>
/// and <see cref="Hash"/> (docs/observer.md, "Settings").
/// </summary>
/// <param name="Name">What it is called: <c>media-volume</c>, <c>act-records</c>, or the parameters file's name.</param>
/// <param name="Density">The density of evidence it is made for.</param>
/// <param name="Observer">The observer's parameters.</param>
/// <param name="Crises">The crisis detector's thresholds.</param>
public sealed record ObserverSettings(string Name, EvidenceDensity Density, ObserverParameters Observer, CrisisDetectorOptions Crises)
{
    /// <summary>Above this many rows that are not hand-coded, a pair is media volume whatever follows (see <see cref="DensityOf"/>).</summary>
    public const int MediaRowsDecide = 100_000;

    /// <summary>The observer's defaults, for media volume (docs/model.md section 3).</summary>
    public static ObserverSettings MediaVolume { get; } = new("media-volume", EvidenceDensity.MediaVolume, new ObserverParameters(),
        new CrisisDetectorOptions());

    /// <summary>The settings for act records: <see cref="ObserverParameters.ActRecords"/> and <see cref="CrisisDetectorOptions.HandCodedRows"/>.</summary>
    public static ObserverSettings ActRecords { get; } = new("act-records", EvidenceDensity.ActRecords, ObserverParameters.ActRecords,
        CrisisDetectorOptions.HandCodedRows);

    /// <summary>
    /// The settings for period aggregates: the media-volume defaults read with the period as the step
    /// (<see cref="PeriodAggregateObserver"/>); no crises or channels are read from counts.
    /// </summary>
    public static ObserverSettings PeriodAggregates { get; } = new("period-aggregates", EvidenceDensity.PeriodAggregates,
        new ObserverParameters(), new CrisisDetectorOptions());

    /// <summary>
    /// A short content hash of everything the settings hold except the name: 12 hex digits of SHA-256 over their
    /// canonical JSON. Two settings with the same hash give the same readings, whatever they are called.
    /// </summary>
    public string Hash => ComputeHash();

    /// <summary>The built-in settings for a density.</summary>
    public static ObserverSettings For(EvidenceDensity density) => density switch
    {
        EvidenceDensity.MediaVolume => MediaVolume,
        EvidenceDensity.ActRecords => ActRecords,
        _ => PeriodAggregates,
    };

    /// <summary>
    /// THE choice, made once for a pair: the settings of a parameters file when one is given (named by its file name),
    /// else the built-in settings of the pair's density. The density comes from the data in both cases: it also says
    /// which rows are read (act-record settings read only the hand-coded rows) and which crisis thresholds apply.
    /// </summary>
    public static ObserverSettings Choose(EvidenceDensity density, string? parametersFile)
    {
        var builtIn = For(density);
        return parametersFile is null
            ? builtIn
            : builtIn with { Name = Path.GetFileName(parametersFile), Observer = ObserverParametersFile.Load(parametersFile) };
    }

    /// <summary>
    /// The density of a pair's rows: act records when more than half are hand-coded (dataset <c>pendulum</c>, one row
    /// per act, docs/pendulum-csv.md), media volume otherwise. The count stops once more than
    /// <see cref="MediaRowsDecide"/> rows are not hand-coded: no act record is that large.
    /// </summary>
    public static EvidenceDensity DensityOf(IEnumerable<CodedEvent> pairEvents)
    {
        long handCoded = 0, other = 0;
        foreach (var e in pairEvents)
        {
            if (e.Dataset == EventRows.HandCodedDataset)
                handCoded++;
            else if (++other > MediaRowsDecide)
                break;
        }

        return handCoded > other ? EvidenceDensity.ActRecords : EvidenceDensity.MediaVolume;
    }

    /// <summary>True when the settings read <paramref name="e"/>: act-record settings read hand-coded rows only.</summary>
    public bool Reads(CodedEvent e) => Density != EvidenceDensity.ActRecords || e.Dataset == EventRows.HandCodedDataset;

    /// <summary>The line printed under tables: <c>settings: act-records (3f2a9c0b51de)</c>.</summary>
    public override string ToString() => $"settings: {Name} ({Hash})";

    private string ComputeHash()
    {
        var canonical = JsonSerializer.Serialize(new
        {
            density = Density.Name(),
            observer = ObserverParametersJson.From(Observer),
            crises = Crises,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..12];
    }
}
