using System.Security.Cryptography;
using System.Text.Json;
using Pendulum.Cli.Commands;
using Pendulum.Simulate;

namespace Pendulum.Cli.Output;

/// <summary>
/// What a shard leaves for <c>pendulum merge</c> beside its runs.csv: shard.json (which part of what) and steps.bin
/// (the non-zero histogram counts behind the per-step quantiles).
/// </summary>
internal static class ShardFiles
{
    private const int Magic = 0x31515350; // "PSQ1"

    public sealed record ShardInfo(string ScenarioPath, string ScenarioSha256, ulong Seed, int TotalRuns, int ShardIndex,
        int ShardCount, long FirstRun, int Runs, int RunsCompleted);

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static void Write(string folder, string scenarioPath, ShardSpec shard, SimulationResult result)
    {
        var info = new ShardInfo(Path.GetFullPath(scenarioPath), Sha256(scenarioPath), result.Options.Seed, shard.TotalRuns,
            shard.Index, shard.Count, shard.FirstRun, shard.Runs, result.RunsCompleted);
        File.WriteAllText(Path.Combine(folder, "shard.json"), JsonSerializer.Serialize(info, Json) + "\n");
        using var stream = File.Create(Path.Combine(folder, "steps.bin"));
        using var writer = new BinaryWriter(stream);
        var steps = result.Steps!;
        writer.Write(Magic);
        writer.Write(steps.Pairs);
        writer.Write(steps.Steps);
        writer.Write(steps.Runs);
        foreach (var (pair, index, count) in steps.NonZero())
        {
            writer.Write(pair);
            writer.Write(index);
            writer.Write(count);
        }
    }

    public static ShardInfo ReadInfo(string folder)
    {
        var path = Path.Combine(folder, "shard.json");
        if (!File.Exists(path))
            throw new InputOutputException("not a shard folder (no shard.json): run 'pendulum simulate --shard K/N' first", folder);
        return JsonSerializer.Deserialize<ShardInfo>(File.ReadAllText(path), Json)
            ?? throw new BadDataException("empty shard description", path);
    }

    public static void AddSteps(string folder, StepQuantiles steps)
    {
        var path = Path.Combine(folder, "steps.bin");
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != steps.Pairs || reader.ReadInt32() != steps.Steps)
            throw new BadDataException("the histograms do not belong to this scenario", path);
        var runs = reader.ReadInt64();
        steps.AddSaved(Entries(reader), runs);
    }

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static IEnumerable<(int, int, int)> Entries(BinaryReader reader)
    {
        while (reader.BaseStream.Position < reader.BaseStream.Length)
            yield return (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
    }
}
