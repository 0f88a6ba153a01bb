using Pendulum.Observe.Channels;

namespace Pendulum.Web.Api.PairAnalyses;

/// <summary>
/// The declared-channels files the server was given (<c>pendulum serve --declared</c>), read once at start: a pair
/// gets the first file that names it (a file naming no pair is for every pair), or no declarations.
/// </summary>
public sealed class DeclaredChannelFiles(IReadOnlyList<DeclaredChannels> files)
{
    /// <summary>Reads the files named in <paramref name="paths"/>, separated by <c>;</c>; none when empty.</summary>
    public static DeclaredChannelFiles Load(string? paths) => new((paths ?? "")
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(DeclaredChannelsFile.Load)
        .ToList());

    public DeclaredChannels For(string a, string b) => files.FirstOrDefault(f => f.IsFor(a, b)) ?? DeclaredChannels.None;
}
