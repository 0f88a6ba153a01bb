using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pendulum.Reports.Json;

/// <summary>
/// How Pendulum writes JSON, in the command line and the web API alike: snake_case names, ISO 8601 dates, nulls
/// written out (a missing value reads as <c>null</c>, not as an absent key), non-ASCII text kept as is.
/// </summary>
public static class ReportJson
{
    /// <summary>The options for files and standard output: indented.</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>Applies Pendulum's naming and escaping to <paramref name="options"/> (the web app's are compact).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }

    /// <summary>Writer options matching <see cref="Options"/>, for output streamed one record at a time.</summary>
    public static JsonWriterOptions WriterOptions => new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
