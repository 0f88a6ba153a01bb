using System.Text;
using Pendulum.Internals;

namespace Pendulum.Events.Readers;

internal static class StringExtensions
{
    public static string? NullIfEmpty(this string value) => value.Length == 0 ? null : value;
}

/// <summary>Text decoding shared by the CSV readers: strict UTF-8, with decoding errors reported by line.</summary>
internal static class TextInput
{
    public static StreamReader Open(Stream stream) =>
        new(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true,
            bufferSize: 1 << 16, leaveOpen: true);

    /// <summary>Reads the next record; a byte sequence that is not UTF-8 is bad data at the record's line.</summary>
    public static bool TryRead(CsvRowReader csv, List<string> fields, string file)
    {
        try
        {
            return csv.TryRead(fields);
        }
        catch (DecoderFallbackException e)
        {
            throw new BadDataException("not valid UTF-8 (was the file saved in another encoding, such as Latin-1?)",
                file, csv.RecordLine, null, e);
        }
    }
}
