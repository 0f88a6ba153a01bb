using Pendulum.Simulate;

namespace Pendulum.Tests.Simulate;

/// <summary>Small scenarios built for one mechanism each, and the shipped ones.</summary>
internal static class TestScenarios
{
    public static string Shipped(string name) => Path.Combine(AppContext.BaseDirectory, "scenarios", name);

    /// <summary>
    /// Two security seekers whose types never change, no random incidents or challenges unless asked, one year of
    /// daily steps. <paramref name="pair"/> is laid under <c>pairs.USA-CHN</c>; <paramref name="extra"/> at the top.
    /// </summary>
    public static string Yaml(string pair = "channels: {}", string extra = "", int years = 1, double trustworthyPrior = 1) => $$"""
        name: test
        years: {{years}}
        switch_to_greedy_per_year: 0.0001
        switch_to_trustworthy_per_year: 0.0001
        incidents: {rate_per_year: 0}
        core_interest: {rate_per_year: 0}
        opinion: {shocks_per_year: 0}
        states:
          USA: {trustworthy_prior: {{trustworthyPrior}} }
          CHN: {trustworthy_prior: {{trustworthyPrior}} }
        pairs:
          USA-CHN:
        {{Indent(pair, 4)}}
        {{extra}}
        """;

    public static Scenario Parse(string yaml) => ScenarioLoader.Parse(yaml, "test.yaml");

    private static string Indent(string text, int spaces) =>
        string.Join('\n', text.Split('\n').Select(line => new string(' ', spaces) + line));
}
