using Pendulum.Belief;
using Pendulum.Events.Readers;
using Pendulum.Observe;
using Pendulum.Observe.Channels;
using Pendulum.Observe.Crises;
using Pendulum.Observe.Pairs;

namespace Pendulum.Simulate.Records;

/// <summary>
/// How well the observer recovers what the simulator knows (model.md section 6): simulated histories are written as
/// event records (<see cref="SimulatedRecordFolder"/>), read back by the observer exactly as a real record is read,
/// and its daily beliefs, zones and crisis episodes are scored against the true types, the simulated pair's zone and
/// the simulator's own crises. Runs one history at a time on the calling thread: the score depends on the seed alone.
/// </summary>
public static class ObserverRecovery
{
    /// <summary>Scores the observer on <see cref="RecoveryOptions.Runs"/> histories of the scenario's first pair.</summary>
    public static RecoveryResult Run(Scenario scenario, RecoveryOptions options, IProgress<SimulationProgress>? progress = null,
        CancellationToken cancel = default)
    {
        var pairSpec = scenario.Pairs[0];
        var folder = Path.Combine(Path.GetTempPath(), "pendulum-recovery-" + Guid.NewGuid().ToString("N"));
        var records = new SimulatedRecordFolder(folder, options.Density, options.Seed, scenario.Name, options.Media);
        var model = new TrustModel(scenario) { Acts = [] };
        var prior = scenario.BeliefPerStep.Prior;
        var score = new RecoveryTally();
        var settings = options.SettingsUsed;
        try
        {
            for (var run = 0; run < options.Runs && !cancel.IsCancellationRequested; run++)
            {
                var truth = Simulate(model, SimulationRunner.RunSeed(options.Seed, run));
                records.Write(run, scenario, model.Acts!);
                var file = Path.Combine(folder, SimulatedRecordFolder.FileName(run));
                // Read once, as a real record is read (the Pendulum CSV reader); the beliefs and the crises from the same rows.
                List<Events.CodedEvent> events;
                using (var reader = EventFile.Open(file, EventFormat.Auto, new EventReaderOptions()))
                    events = [.. reader.ReadEvents(cancel)];
                var accumulator = new PairAccumulator(pairSpec.A, pairSpec.B, 0);
                foreach (var e in events)
                    accumulator.Add(e);
                foreach (var day in accumulator.Measure(Frequency.Day, settings.Observer).Periods)
                {
                    var step = scenario.StepOf(day.Period);
                    if (step < 0 || step >= truth.Count)
                        continue;
                    var t = truth[step];
                    score.Day(day.MuAb, t.ATrustworthy, day.MuBa, t.BTrustworthy, prior, day.Zone == t.Zone);
                }

                var detected = PairCrisisAnalysis.Run(events, pairSpec.A, pairSpec.B, DeclaredChannels.None, null, null, settings.Crises, settings.Observer).Episodes;
                score.Crises += CrisisScore.Of(Episodes(scenario, truth), detected);
                File.Delete(file);
                progress?.Report(new SimulationProgress(run + 1, options.Runs));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return score.Result(options.Density, options.Runs);
    }

    private readonly record struct Truth(bool ATrustworthy, bool BTrustworthy, TrustZone Zone, int Crisis);

    // Steps one run, keeping per step the true types of the first pair's states, its zone and its crisis rung.
    private static List<Truth> Simulate(TrustModel model, ulong seed)
    {
        model.Reset(seed);
        var truth = new List<Truth>(model.Scenario.StepCount);
        var pair = model.State.Pairs[0];
        while (!model.Finished)
        {
            model.Step();
            truth.Add(new Truth(model.State.Trustworthy[pair.A], model.State.Trustworthy[pair.B], pair.Zone, pair.Crisis));
        }

        return truth;
    }

    // The simulator's crises: each stretch of steps off the ladder's bottom rung.
    private static List<PlantedEpisode> Episodes(Scenario scenario, List<Truth> truth)
    {
        var episodes = new List<PlantedEpisode>();
        int? start = null;
        for (var s = 0; s <= truth.Count; s++)
        {
            var on = s < truth.Count && truth[s].Crisis > 0;
            if (on && start is null)
                start = s;
            else if (!on && start is { } first)
            {
                episodes.Add(new PlantedEpisode(scenario.DateOf(first), scenario.DateOf(s - 1), PlantedKind.Burst));
                start = null;
            }
        }

        return episodes;
    }

    private sealed class RecoveryTally
    {
        private double _brier, _brierPrior, _absolute;
        private long _beliefs, _days, _zoneAgreements;

        public CrisisScore Crises { get; set; }

        public void Day(double muAb, bool aTrustworthy, double muBa, bool bTrustworthy, double prior, bool zoneAgrees)
        {
            Belief(muAb, aTrustworthy, prior);
            Belief(muBa, bTrustworthy, prior);
            _days++;
            if (zoneAgrees)
                _zoneAgreements++;
        }

        private void Belief(double mu, bool trustworthy, double prior)
        {
            var truth = trustworthy ? 1.0 : 0.0;
            _brier += (mu - truth) * (mu - truth);
            _brierPrior += (prior - truth) * (prior - truth);
            _absolute += Math.Abs(mu - truth);
            _beliefs++;
        }

        public RecoveryResult Result(RecordDensity density, int runs) => new(density, runs, _days,
            _brier / Math.Max(1, _beliefs), _brierPrior / Math.Max(1, _beliefs), (double)_zoneAgreements / Math.Max(1, _days), Crises);
    }
}

/// <summary>What <see cref="ObserverRecovery"/> simulates and how the observer reads it.</summary>
public sealed record RecoveryOptions
{
    /// <summary>Simulated histories. Default 20.</summary>
    public int Runs { get; init; } = 20;

    /// <summary>Master seed. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The density the histories are written at. Default <see cref="RecordDensity.Record"/>.</summary>
    public RecordDensity Density { get; init; } = RecordDensity.Record;

    /// <summary>The observer's settings for reading them. Default: the built-in settings of the density written (act records for <see cref="RecordDensity.Record"/>, media volume for <see cref="RecordDensity.Media"/>), as the observer chooses them for real data.</summary>
    public ObserverSettings? Settings { get; init; }

    /// <summary>The settings used: <see cref="Settings"/>, or the built-in ones of <see cref="Density"/>.</summary>
    public ObserverSettings SettingsUsed => Settings ?? ObserverSettings.For(Density == RecordDensity.Record ? EvidenceDensity.ActRecords : EvidenceDensity.MediaVolume);

    /// <summary>The media volume, for <see cref="RecordDensity.Media"/>.</summary>
    public MediaVolume? Media { get; init; }
}

/// <summary>The observer against the truth, over the days its reading covers (from the first event to the last of each history).</summary>
/// <param name="Density">The density read.</param>
/// <param name="Runs">Histories.</param>
/// <param name="Days">Days scored.</param>
/// <param name="Brier">Mean of <c>(mu - 1[security seeker])^2</c> over days and both directions.</param>
/// <param name="BrierOfPrior">The same for a belief that never moves from the prior: what reading the record must beat.</param>
/// <param name="ZoneAgreement">Share of days on which the observer's zone of the pair is the simulated pair's zone.</param>
/// <param name="Crises">The observer's crisis episodes against the simulator's (a match overlaps in time).</param>
public sealed record RecoveryResult(RecordDensity Density, int Runs, long Days, double Brier, double BrierOfPrior, double ZoneAgreement, CrisisScore Crises);
