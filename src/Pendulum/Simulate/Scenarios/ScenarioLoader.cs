using Pendulum.Channels;
using Pendulum.Events.Countries;

namespace Pendulum.Simulate;

/// <summary>
/// Reads a scenario YAML file (format: docs/scenarios.md) into a validated <see cref="Scenario"/>. Every value is
/// checked before any run; the first problem is thrown as <see cref="BadDataException"/> with file, line and the
/// field's dotted path.
/// </summary>
public static partial class ScenarioLoader
{
    /// <summary>Loads <paramref name="path"/> (with its <c>extends:</c> chain), then applies <paramref name="overrides"/> in order.</summary>
    public static Scenario Load(string path, IEnumerable<ScenarioOverride>? overrides = null)
    {
        if (!File.Exists(path))
            throw new InputOutputException("no such scenario file", path);
        return Bind(ScenarioSource.Load(path), overrides, Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Reads scenario text as if it were the file <paramref name="file"/>.</summary>
    public static Scenario Parse(string yaml, string file = "scenario.yaml", IEnumerable<ScenarioOverride>? overrides = null) =>
        Bind(ScenarioSource.Parse(yaml, file), overrides, Path.GetFileNameWithoutExtension(file));

    private static Scenario Bind(ScenarioSource source, IEnumerable<ScenarioOverride>? overrides, string defaultName)
    {
        foreach (var o in overrides ?? [])
            source.Override(o.Path, o.Value, o.Origin);
        var root = new ScenarioMap(source, source.Root, "");
        var states = States(root);
        var codes = states.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var incidents = Incidents(root.Map("incidents"), new IncidentParameters());
        var core = CoreInterest(root.Map("core_interest"), new CoreInterestParameters());
        var projects = Projects(root.Map("projects"), new ProjectParameters());
        var arms = Arms(root.Map("arms"), new ArmsParameters());
        var pairs = Pairs(root, codes, new PairSpec
        {
            A = "",
            B = "",
            Channels = new Dictionary<ChannelKind, ChannelParameters>(),
            Incidents = incidents,
            CoreInterest = core,
            Projects = projects,
            Arms = arms
        });

        var scenario = new Scenario
        {
            Name = root.String("name", defaultName),
            Description = root.String("description", ""),
            Start = root.Date("start") ?? new DateOnly(2011, 1, 1),
            Years = root.Int("years", 10, 1, 1000),
            Step = root.Choice("step", "day", ["day", "month"]) == "day" ? TimeStep.Day : TimeStep.Month,
            SwitchToGreedyPerYear = root.Double("switch_to_greedy_per_year", 1, ValueRange.Positive),
            SwitchToTrustworthyPerYear = root.Double("switch_to_trustworthy_per_year", 1, ValueRange.Positive),
            Zones = Zones(root.Map("zones")),
            Behaviour = Behaviour(root.Map("behaviour")),
            Signals = Signals(root.Map("signals")),
            Crisis = Crisis(root.Map("crisis")),
            Opinion = Opinion(root.Map("opinion")),
            Rapport = Rapport(root.Map("rapport")),
            Mechanisms = Mechanisms(root.Map("mechanisms")),
            States = states,
            Pairs = pairs,
        };
        scenario = scenario with { Interventions = Interventions(root, scenario) };
        root.Done();
        CheckBeliefHazards(root, scenario);
        return scenario;
    }

    private static List<StateSpec> States(ScenarioMap root)
    {
        var map = root.Map("states") ?? throw root.ErrorAt("states", "is required: at least two states, e.g. USA: {} and CHN: {}");
        var states = new List<StateSpec>();
        foreach (var code in map.Keys.ToList())
        {
            if (!CountryTable.Default.IsKnownCode(code) || code != code.ToUpperInvariant())
                throw map.ErrorAt(code, $"'{code}' is not an ISO 3166 alpha-3 country code");
            var state = map.Map(code)!;
            states.Add(new StateSpec
            {
                Code = code,
                TrustworthyPrior = state.Double("trustworthy_prior", 0.5, ValueRange.Probability),
                Opinion = state.Double("opinion", 0.5, ValueRange.Probability),
            });
            state.Done();
        }

        if (states.Count < 2)
            throw root.ErrorAt("states", "needs at least two states");
        return states;
    }

    private static List<PairSpec> Pairs(ScenarioMap root, HashSet<string> codes, PairSpec defaults)
    {
        var map = root.Map("pairs") ?? throw root.ErrorAt("pairs", "is required: at least one pair, e.g. USA-CHN: {channels: ...}");
        var pairs = new List<PairSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in map.Keys.ToList())
        {
            var parts = key.Split('-');
            if (parts.Length != 2 || !codes.Contains(parts[0]) || !codes.Contains(parts[1]) || parts[0] == parts[1])
                throw map.ErrorAt(key, $"'{key}' is not a pair of two different states listed under states (write A-B, e.g. USA-CHN)");
            if (!seen.Add(string.Join('-', parts.Order(StringComparer.Ordinal))))
                throw map.ErrorAt(key, "this pair is listed twice (in either order)");
            var pair = map.Map(key)!;
            pairs.Add(new PairSpec
            {
                A = parts[0],
                B = parts[1],
                TrustAB = pair.Double("trust_ab", 0.5, ValueRange.Probability),
                TrustBA = pair.Double("trust_ba", 0.5, ValueRange.Probability),
                Rapport = pair.Double("rapport", 0.3, ValueRange.Probability),
                Channels = Channels(pair),
                Incidents = Incidents(pair.Map("incidents"), defaults.Incidents),
                CoreInterest = CoreInterest(pair.Map("core_interest"), defaults.CoreInterest),
                Projects = Projects(pair.Map("projects"), defaults.Projects),
                Arms = Arms(pair.Map("arms"), defaults.Arms),
            });
            pair.Done();
        }

        if (pairs.Count == 0)
            throw root.ErrorAt("pairs", "needs at least one pair");
        return pairs;
    }

    private static Dictionary<ChannelKind, ChannelParameters> Channels(ScenarioMap pair)
    {
        var channels = new Dictionary<ChannelKind, ChannelParameters>();
        var map = pair.Map("channels");
        if (map is null)
            return channels;
        foreach (var name in map.Keys.ToList())
        {
            if (!ChannelKinds.TryParseSimulated(name, out var kind))
                throw map.ErrorAt(name, $"not a channel kind the simulator models; known: {ChannelKinds.SimulatedNames}");
            var defaults = ChannelParameters.DefaultsFor(kind);
            var channel = map.Map(name)!;
            channels[kind] = defaults with
            {
                ContactsPerYear = channel.Double("contacts_per_year", defaults.ContactsPerYear, ValueRange.NonNegative),
                Error = channel.Double("error", defaults.Error, new ValueRange(0, 0.5, false, true, "in [0, 0.5): a channel wrong half the time tells nothing")),
                Present = channel.Bool("present", true),
            };
            channel.Done();
        }

        return channels;
    }

    private static void CheckBeliefHazards(ScenarioMap root, Scenario scenario)
    {
        try
        {
            scenario.BeliefPerStep.Validate();
        }
        catch (UsageException e)
        {
            throw root.ErrorAt("switch_to_greedy_per_year", $"with {scenario.Step} steps: {e.Message}");
        }
    }
}
