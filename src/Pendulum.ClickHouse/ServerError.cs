namespace Pendulum.ClickHouse;

/// <summary>Turns a ClickHouse error body (<c>Code: N, e.displayText() = DB::Exception: ..., e.what() = ...</c>) into one line.</summary>
internal static class ServerError
{
    public static string Describe(string body)
    {
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
            return "(empty answer)";
        var first = Clean(lines[0]);
        // "All connection tries failed. Log:" (code 279) is followed by the tries; the first refused address says which shard is down.
        if (first.EndsWith("Log:", StringComparison.Ordinal))
        {
            var cause = lines.Skip(1).Select(Clean).FirstOrDefault(l => l.Contains("Connection refused", StringComparison.Ordinal)
                || l.Contains("Timeout", StringComparison.OrdinalIgnoreCase) || l.Contains("NetException", StringComparison.Ordinal));
            first = first[..^"Log:".Length].TrimEnd() + (cause is null ? "" : " " + cause);
        }

        return first;
    }

    // "Code: 60, e.displayText() = DB::Exception: Table x doesn't exist., e.what() = DB::Exception" -> "Code: 60, DB::Exception: Table x doesn't exist."
    private static string Clean(string line)
    {
        var what = line.IndexOf(", e.what() = ", StringComparison.Ordinal);
        if (what >= 0)
            line = line[..what];
        return line.Replace("e.displayText() = ", "", StringComparison.Ordinal);
    }
}
