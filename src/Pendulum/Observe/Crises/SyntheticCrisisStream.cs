using Pendulum.Events;
using Pendulum.Internals;

namespace Pendulum.Observe.Crises;

/// <summary>What was planted in a synthetic stream.</summary>
public enum PlantedKind
{
    /// <summary>A burst of material conflict alone.</summary>
    Burst,

    /// <summary>A fall of <c>mu</c> alone.</summary>
    MuDrop,

    /// <summary>A burst with a fall of <c>mu</c> starting the same day.</summary>
    Both,
}

/// <summary>A planted episode: the days of its burst and of its fall of <c>mu</c> (not the recovery).</summary>
public sealed record PlantedEpisode(DateOnly Start, DateOnly End, PlantedKind Kind);

/// <summary>
/// A seeded synthetic pair with planted crises, to measure the detector's precision and recall: Poisson background
/// events, bursts of severe material conflict, and falls of <c>mu</c> on a noisy level. The same (seed, run) gives the
/// same stream on every machine.
/// </summary>
public sealed class SyntheticCrisisStream
{
    private static readonly (string Code, double Goldstein)[] BackgroundConflict =
        [("150", -7.2), ("160", -4), ("163", -8), ("172", -5), ("173", -5), ("190", -10)];

    private static readonly (string Code, double Goldstein)[] BurstConflict =
        [("180", -9), ("190", -10), ("193", -10), ("150", -7.2), ("195", -10)];

    private static readonly (string Code, double Goldstein)[] Cooperation =
        [("042", 1.9), ("036", 4), ("057", 8), ("061", 6.4), ("043", 2.8)];

    private SyntheticCrisisStream(DateOnly start, List<CodedEvent> events, double[] mu, List<PlantedEpisode> planted)
    {
        Start = start;
        Events = events;
        Mu = mu;
        Planted = planted;
    }

    /// <summary>First day of the stream.</summary>
    public DateOnly Start { get; }

    /// <summary>Last day of the stream.</summary>
    public DateOnly End => Start.AddDays(Mu.Count - 1);

    /// <summary>Every event, in date order.</summary>
    public IReadOnlyList<CodedEvent> Events { get; }

    /// <summary>The pair's belief on each day.</summary>
    public IReadOnlyList<double> Mu { get; }

    /// <summary>The planted episodes, in date order.</summary>
    public IReadOnlyList<PlantedEpisode> Planted { get; }

    /// <summary>The detector's input for the stream, built as for real data (<see cref="MaterialConflict.Days"/>).</summary>
    public IReadOnlyList<CrisisInputDay> Inputs(CrisisDetectorOptions? options = null) =>
        MaterialConflict.Days(Events, d => Mu[d.DayNumber - Start.DayNumber], Start, End, options);

    /// <summary>Generates stream <paramref name="run"/> of master seed <paramref name="seed"/>.</summary>
    public static SyntheticCrisisStream Generate(ulong seed, int run, SyntheticCrisisStreamOptions? options = null)
    {
        var o = options ?? new SyntheticCrisisStreamOptions();
        var random = new RandomStream(RandomStream.RunSeed(seed, run));
        var start = new DateOnly(2000, 1, 1);
        var conflictRate = Uniform(random, o.ConflictRate);
        var rates = Enumerable.Repeat(conflictRate, o.Days).ToArray();
        var burst = new bool[o.Days];
        var fall = new double[o.Days]; // how far mu is pushed below its level
        var planted = new List<PlantedEpisode>();
        var day = o.WarmupDays + random.NextInt(o.SeparationDays / 2);
        var count = o.Episodes.Min + random.NextInt(o.Episodes.Max - o.Episodes.Min + 1);
        for (var k = 0; k < count && day < o.Days - o.SeparationDays / 2; k++)
        {
            var kind = (PlantedKind)random.NextInt(3);
            var last = day;
            if (kind != PlantedKind.MuDrop)
            {
                var length = UniformInt(random, o.BurstDays);
                var multiplier = Uniform(random, o.BurstMultiplier);
                for (var d = day; d < Math.Min(o.Days, day + length); d++)
                {
                    rates[d] = conflictRate * multiplier;
                    burst[d] = true;
                }

                last = Math.Max(last, day + length - 1);
            }

            if (kind != PlantedKind.Burst)
            {
                var size = Uniform(random, o.MuDrop);
                var down = UniformInt(random, o.MuDropDays);
                var up = UniformInt(random, o.MuRecoveryDays);
                for (var d = day; d < Math.Min(o.Days, day + down + up); d++)
                {
                    var t = d - day + 1;
                    fall[d] += t <= down ? size * t / down : size * (1 - (double)(t - down) / up);
                }

                last = Math.Max(last, day + down - 1);
            }

            planted.Add(new PlantedEpisode(start.AddDays(day), start.AddDays(Math.Min(last, o.Days - 1)), kind));
            day += o.SeparationDays + random.NextInt(o.SeparationDays);
        }

        var level = Uniform(random, o.MuLevel);
        var mu = new double[o.Days];
        var noise = 0.0;
        var events = new List<CodedEvent>();
        for (var d = 0; d < o.Days; d++)
        {
            noise = o.MuPersistence * noise + o.MuNoise * random.NextNormal();
            mu[d] = Math.Clamp(level + noise - fall[d], 0.01, 0.99);
            var date = start.AddDays(d);
            AddEvents(events, random, date, random.NextPoisson(rates[d]), burst[d] ? BurstConflict : BackgroundConflict, run);
            AddEvents(events, random, date, random.NextPoisson(o.CooperationRate), Cooperation, run);
        }

        return new SyntheticCrisisStream(start, events, mu, planted);
    }

    private static void AddEvents(List<CodedEvent> events, RandomStream random, DateOnly date, int count,
        (string Code, double Goldstein)[] codes, int run)
    {
        for (var i = 0; i < count; i++)
        {
            var (code, goldstein) = codes[random.NextInt(codes.Length)];
            var forward = random.Chance(0.5);
            events.Add(new CodedEvent
            {
                Dataset = "synthetic",
                EventId = $"{run}-{events.Count}",
                Date = date,
                Source = new EventActor(forward ? "USA" : "CHN"),
                Target = new EventActor(forward ? "CHN" : "USA"),
                CameoCode = code,
                QuadClass = QuadClassMapping.Of(code[..2], QuadClassScheme.Gdelt),
                Goldstein = goldstein,
                Mentions = 1 + Geometric(random, 0.3),
            });
        }
    }

    private static double Uniform(RandomStream random, (double Min, double Max) range) =>
        range.Min + (range.Max - range.Min) * random.NextDouble();

    private static int UniformInt(RandomStream random, (int Min, int Max) range) =>
        range.Min + random.NextInt(range.Max - range.Min + 1);

    private static int Geometric(RandomStream random, double p)
    {
        var k = 0;
        while (!random.Chance(p) && k < 1000)
            k++;
        return k;
    }
}
