using Pendulum.Channels;
using Pendulum.Simulate;

namespace Pendulum.Tests.Simulate;

public sealed class TrustModelTests
{
    [Fact]
    public void Step_ScheduledCoreChallenge_SuspendsMilitaryForTheDrawnDuration()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Yaml(
            pair: "channels: {military-exchange: {}, strategic-dialogue: {}}",
            extra: "interventions:\n  - {kind: core_challenge, pair: USA-CHN, by: USA, on: 2011-01-11}", years: 3));
        var model = new TrustModel(scenario);
        model.Reset(42);
        var pair = model.State.Pairs[0];

        while (model.State.Step <= 10)
            model.Step();
        var drawn = pair.Counters.LastSuspensionSteps;
        var military = pair.Channel(ChannelKind.MilitaryExchange);

        Assert.InRange(drawn, 30, 1000);
        Assert.Equal(10 + drawn, military.SuspendedUntil);
        Assert.False(military.IsOpenAt(10 + drawn - 1));
        Assert.True(military.IsOpenAt(10 + drawn));
        Assert.True(pair.Channel(ChannelKind.StrategicDialogue).IsOpenAt(11));
        Assert.Equal(drawn - 1, pair.CoreTimer);
        while (!model.Finished)
            model.Step();
        Assert.Equal((1, 1, 1, (long)drawn), (pair.Counters.CoreChallenges, pair.Counters.Suspensions, pair.Counters.Resumptions, pair.Counters.ResumedSteps));
        Assert.Equal((1, 0), (pair.Counters.SuspensionsOf(ChannelKind.MilitaryExchange), pair.Counters.SuspensionsOf(ChannelKind.StrategicDialogue)));
        Assert.Equal([new LiftedSuspension(ChannelKind.MilitaryExchange, drawn)], pair.Counters.Lifted);

        model.Reset(43);
        Assert.Equal((0, 0), (pair.Counters.SuspensionsOf(ChannelKind.MilitaryExchange), pair.Counters.Lifted.Count));
    }

    [Fact]
    public void Step_CoreChallengeWithEmptySuspendList_LeavesMilitaryOpen()
    {
        var scenario = TestScenarios.Parse(TestScenarios.Yaml(
            pair: "channels: {military-exchange: {}}\ncore_interest: {suspends: []}",
            extra: "interventions:\n  - {kind: core_challenge, pair: USA-CHN, on: 2011-01-02}"));
        var model = new TrustModel(scenario);
        model.Reset(1);

        model.Step();
        model.Step();

        Assert.True(model.State.Pairs[0].Channel(ChannelKind.MilitaryExchange).IsOpenAt(2));
        Assert.Equal(1, model.State.Pairs[0].Counters.CoreChallenges);
        Assert.Equal(0, model.State.Pairs[0].Counters.Suspensions);
    }

    [Fact]
    public void Run_HotlineInFearfulCrisisScenario_LowersEscalationToTheTopRung()
    {
        // Two security seekers who each fear the other, frequent incidents, fast escalation: without a way to learn
        // intent, fear climbs the ladder; the hotline tells each side the other is a security seeker.
        const string pair = "trust_ab: 0.05\ntrust_ba: 0.05\nchannels: {hotline: {contacts_per_year: 0}}\nincidents: {rate_per_year: 12}";
        const string crisis = "crisis: {escalation_rate_per_year: 40, calming_rate_per_year: 20, hotline_reveal: 0.5}";
        var withHotline = TestScenarios.Parse(TestScenarios.Yaml(pair: pair, extra: crisis));
        var without = TestScenarios.Parse(TestScenarios.Yaml(pair: pair.Replace("contacts_per_year: 0", "present: false", StringComparison.Ordinal), extra: crisis));
        var options = new SimulationOptions { Runs = 200, Seed = 3, StepQuantiles = false };

        var topWith = SimulationRunner.Run(withHotline, options).Outcomes.Get("USA-CHN", Outcome.All.Single(o => o.Name == "accidental_war"));
        var topWithout = SimulationRunner.Run(without, options).Outcomes.Get("USA-CHN", Outcome.All.Single(o => o.Name == "accidental_war"));

        Assert.True(topWithout.Mean > 0.5, $"without a hotline {topWithout.Mean}");
        Assert.True(topWith.High < topWithout.Low, $"with {topWith}, without {topWithout}");
    }

    [Theory]
    [InlineData(0.30, 0.5, true)]
    [InlineData(0.29, 0.5, false)]
    [InlineData(0.59, 1.0, false)]
    [InlineData(0.60, 1.0, true)]
    [InlineData(0.00, 0.0, true)]
    public void Commits_TrustAgainstShareOfCost_FollowsTheRule(double mu, double share, bool commits)
    {
        var projects = new ProjectParameters { Value = 10, Cost = 6 };

        Assert.Equal(commits, projects.Commits(mu, share));
    }

    [Fact]
    public void Run_TrustBelowEitherShare_NoProjectGoesAhead()
    {
        // Equal shares of a cost of 9 on a value of 10 need mu >= 0.45 on both sides; A's trust stays near 0.2.
        var low = TestScenarios.Parse(TestScenarios.Yaml(pair: "trust_ab: 0.2\nchannels: {}\nprojects: {proposals_per_year: 12, cost: 9}"));
        var high = TestScenarios.Parse(TestScenarios.Yaml(pair: "trust_ab: 0.9\ntrust_ba: 0.9\nchannels: {}\nprojects: {proposals_per_year: 12, cost: 9, duration_days: 30}"));
        var model = new TrustModel(low);
        var trusting = new TrustModel(high);

        model.Run(5);
        trusting.Run(5);

        Assert.True(model.State.Pairs[0].Counters.ProjectsProposed > 3);
        Assert.Equal(0, model.State.Pairs[0].Counters.ProjectsCommitted);
        Assert.True(trusting.State.Pairs[0].Counters.ProjectsCompleted > 3);
    }

    [Theory]
    [InlineData(0.2, false)]
    [InlineData(0.5, true)]
    public void Run_OpinionAgainstMinimum_GatesCostlySignals(double opinion, bool sends)
    {
        var yaml = TestScenarios.Yaml(pair: "channels: {transparency: {contacts_per_year: 50}}",
                extra: "signals: {min_opinion: 0.3}")
            .Replace("opinion: {shocks_per_year: 0}", "opinion: {shocks_per_year: 0, reversion_per_year: 0}", StringComparison.Ordinal)
            .Replace("{trustworthy_prior: 1 }", $"{{trustworthy_prior: 1, opinion: {opinion} }}", StringComparison.Ordinal);
        var model = new TrustModel(TestScenarios.Parse(yaml));

        model.Run(11);

        Assert.Equal(sends, model.State.Pairs[0].Counters.SignalsSent > 20);
        if (!sends)
            Assert.Equal(0, model.State.Pairs[0].Counters.SignalsSent);
    }

    [Fact]
    public void Run_GreedyAAndTrustworthyB_MuAbIsHowFarBTrustsA()
    {
        // Given A (USA) greedy and B (CHN) a security seeker, neither switching, and daily dialogue
        var yaml = TestScenarios.Yaml(pair: "channels: {strategic-dialogue: {contacts_per_year: 365}}")
            .Replace("USA: {trustworthy_prior: 1 }", "USA: {trustworthy_prior: 0 }", StringComparison.Ordinal);
        var model = new TrustModel(TestScenarios.Parse(yaml));

        model.Run(3);

        // Then B has learnt that A is greedy (mu_ab low), and A that B is a security seeker (mu_ba high)
        var pair = model.State.Pairs[0];
        Assert.True(pair.MuAB < 0.1, $"mu_ab {pair.MuAB}");
        Assert.True(pair.MuBA > 0.9, $"mu_ba {pair.MuBA}");
        Assert.Equal(pair.MuAB, RunSummary.Of(model, 0)[0].FinalMuAB);
    }

    [Fact]
    public void Run_SameSeed_SameTrace()
    {
        var scenario = ScenarioLoader.Load(TestScenarios.Shipped("us-china-base.yaml"));
        var first = new StepTrace(1, scenario.StepCount);
        var second = new StepTrace(1, scenario.StepCount);

        new TrustModel(scenario).Run(99, first);
        var reused = new TrustModel(scenario);
        reused.Run(1);
        reused.Run(99, second);

        Assert.Equal(first.Series.Cast<double>(), second.Series.Cast<double>());
    }

    [Theory]
    [InlineData("grudger")]
    [InlineData("contrite_tit_for_tat")]
    [InlineData("tit_for_two_tats")]
    public void Run_HistoryStrategy_IsPlayedAndDeterministic(string strategy)
    {
        // Security seekers play the strategy, greedy states defect: their actions differ, so sightings carry evidence
        // (were both types to play one strategy, an action would say nothing about the type).
        var yaml = File.ReadAllText(TestScenarios.Shipped("us-china-base.yaml"));
        var scenario = ScenarioLoader.Parse(yaml, TestScenarios.Shipped("us-china-base.yaml"), [new ScenarioOverride("behaviour.strategy", strategy)]);
        var first = new StepTrace(1, scenario.StepCount);
        var second = new StepTrace(1, scenario.StepCount);

        new TrustModel(scenario).Run(7, first);
        new TrustModel(scenario).Run(7, second);

        Assert.Equal(first.Series.Cast<double>(), second.Series.Cast<double>());
        var withCooperator = ScenarioLoader.Parse(yaml, TestScenarios.Shipped("us-china-base.yaml"), [new ScenarioOverride("behaviour.strategy", "cooperator")]);
        var other = new StepTrace(1, withCooperator.StepCount);
        new TrustModel(withCooperator).Run(7, other);
        Assert.NotEqual(first.Series.Cast<double>(), other.Series.Cast<double>());
    }
}
