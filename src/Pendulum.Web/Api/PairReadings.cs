using Pendulum.Observe;
using Pendulum.Observe.Channels;
using Pendulum.Observe.Pairs;
using Pendulum.Store;

namespace Pendulum.Web.Api;

/// <summary>
/// The server's way to read a pair: the library's one <see cref="PairAnalysis"/>, with the server's <c>--params</c>
/// when it was given, so the series, the crises and the channels of a pair are read with the settings
/// <c>pendulum measure</c>, <c>crises</c> and <c>channels</c> choose for the same store.
/// </summary>
public sealed class PairReadings(string? parametersFile)
{
    /// <summary>The parameters file the server was started with, if any.</summary>
    public string? ParametersFile { get; } = parametersFile;

    /// <summary>Reads the pair in <paramref name="window"/> from <paramref name="store"/>.</summary>
    public PairAnalysis Read(IEventStore store, PairWindow window, Frequency? frequency, DeclaredChannels? declared,
        CancellationToken cancellationToken) =>
        PairAnalysis.Run(PairSource.FromStore(store), window, new PairAnalysisOptions
        {
            Frequency = frequency,
            CrisesAndChannels = declared is not null,
            Declared = declared ?? DeclaredChannels.None,
            ParametersFile = ParametersFile,
        }, cancellationToken);
}
