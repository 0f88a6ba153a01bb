using System.Globalization;

namespace Pendulum.Cli.Output;

/// <summary>How the commands name things to the user, in one place so they name them alike.</summary>
internal static class Display
{
    /// <summary>A file shipped beside the program (samples, the US-China record) as it sits in the repository; others as given.</summary>
    public static string Path(string path) =>
        path.StartsWith(AppContext.BaseDirectory, StringComparison.Ordinal)
            ? System.IO.Path.GetRelativePath(AppContext.BaseDirectory, path).Replace('\\', '/')
            : path;

    /// <summary>A searched date range in words: <c>any date</c>, <c>2018-01-01 .. the end</c>.</summary>
    public static string Range(DateOnly? from, DateOnly? to) =>
        from is null && to is null ? "any date" : $"{Day(from) ?? "the start"} .. {Day(to) ?? "the end"}";

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
