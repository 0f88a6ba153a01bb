using System.Globalization;

namespace Pendulum.Cli.Commands;

/// <summary>Part <c>Index</c> of <c>Count</c> of a simulation of <c>TotalRuns</c> runs: a contiguous block of run indices.</summary>
internal sealed record ShardSpec(int Index, int Count, int TotalRuns)
{
    public long FirstRun => (long)(Index - 1) * TotalRuns / Count;

    public int Runs => (int)((long)Index * TotalRuns / Count - FirstRun);

    public static ShardSpec Parse(string text, int totalRuns)
    {
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || index < 1 || index > count)
            throw new UsageException($"'{text}' is not a shard: write K/N with 1 <= K <= N, e.g. 2/4", "--shard");
        if (count > totalRuns)
            throw new UsageException($"{count} shards of {totalRuns} runs would leave some empty", "--shard");
        return new ShardSpec(index, count, totalRuns);
    }
}
