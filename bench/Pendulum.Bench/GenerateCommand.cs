using System.Diagnostics;
using System.Globalization;
using Pendulum.Bench.Generation;

namespace Pendulum.Bench;

/// <summary><c>generate --size 1GB --seed 42 --out FILE</c>: writes a synthetic GDELT 2.0 event file.</summary>
internal static class GenerateCommand
{
    public const string Usage =
        "usage: Pendulum.Bench generate --size SIZE --out FILE [--seed N] [--rows-per-slice N] [--usa-china-share X]\n" +
        "  SIZE: bytes, or with a unit: 100MB, 1GB, 4GB (powers of 1000), 512MiB (powers of 1024)";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        long? size = null;
        string? path = null;
        var options = new GdeltFileGeneratorOptions { TargetBytes = 0 };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                return Fail(error, $"{name} needs a value");
            }
            var value = args[++i];
            switch (name)
            {
                case "--size" when ByteSize.TryParse(value, out var bytes):
                    size = bytes;
                    break;
                case "--out":
                    path = value;
                    break;
                case "--seed" when ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--rows-per-slice" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rows) && rows > 0:
                    options = options with { RowsPerSlice = rows };
                    break;
                case "--usa-china-share" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1:
                    options = options with { UsaChinaShare = share };
                    break;
                case "--size" or "--seed" or "--rows-per-slice" or "--usa-china-share":
                    return Fail(error, $"{name}: '{value}' is not a valid value");
                default:
                    return Fail(error, $"unknown option {name}");
            }
        }
        if (size is null || path is null)
        {
            return Fail(error, "--size and --out are required");
        }

        var stopwatch = Stopwatch.StartNew();
        GdeltFileGeneratorResult result;
        try
        {
            result = new GdeltFileGenerator(options with { TargetBytes = size.Value }).WriteFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: {e.Message}");
            return ExitIoError;
        }
        var seconds = stopwatch.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {result.Bytes} bytes, {result.Rows} rows, seed {options.Seed}, {seconds:F2} s, {result.Bytes / 1e6 / seconds:F0} MB/s"));
        return 0;
    }

    /// <summary>Same values as Pendulum.ExitCodes (BSD sysexits): 2 for usage, 74 for I/O.</summary>
    private const int ExitUsage = 2;

    private const int ExitIoError = 74;

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("generate: " + message);
        error.WriteLine(Usage);
        return ExitUsage;
    }
}
