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

    /// <summary>
    /// Opens a delimited text file and reads its header line. The caller disposes the returned reader, which owns
    /// the decoder but not <paramref name="stream"/>.
    /// </summary>
    public static (StreamReader Text, CsvRowReader Rows, string[] Header) OpenWithHeader(Stream stream, char separator,
        bool quoting, string file)
    {
        var text = Open(stream);
        var rows = new CsvRowReader(text, separator, quoting);
        var fields = new List<string>();
        if (!TryRead(rows, fields, file))
        {
            text.Dispose();
            throw new BadDataException("the file is empty", file);
        }

        return (text, rows, fields.Select(f => f.Trim()).ToArray());
    }

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
