using System.Globalization;
using System.Text.RegularExpressions;

namespace Pendulum.Fetch;

/// <summary>
/// The GDELT 2.0 master list, <c>gdeltv2/masterfilelist.txt</c>: one <c>size md5 url</c> per line, three files
/// (export, mentions, gkg) every 15 minutes. Only the event exports are kept.
/// </summary>
internal sealed partial class GdeltV2FileList(GdeltFetchOptions options) : GdeltFileList(
    options, "gdeltv2/masterfilelist.txt", "GDELT 2.0 master file list", "size md5 url", "GDELT 2.0 starts on 2015-02-19")
{
    protected override bool TryParse(string line, out GdeltFileEntry? wanted)
    {
        wanted = null;
        var fields = FieldsOf(line);
        if (fields.Length != 3
            || !long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || !IsMd5(fields[1])
            || !Uri.TryCreate(fields[2], UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        var name = url.Segments[^1];
        var match = ExportName().Match(name);
        if (!match.Success)
        {
            return true;
        }

        if (!TryParseDate(match.Groups["day"].Value, "yyyyMMdd", out var day)
            || !TimeOnly.TryParseExact(match.Groups["time"].Value, "HHmmss", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out _))
        {
            return false;
        }

        // The list's addresses are absolute (http://data.gdeltproject.org/gdeltv2/...): keep the path only, so that a
        // mirror or test server given as the base address serves the files too.
        if (Overlaps(day, day))
        {
            wanted = new GdeltFileEntry(name, AddressOf(url.AbsolutePath), fields[1].ToLowerInvariant(), size);
        }

        return true;
    }

    [GeneratedRegex(@"^(?<day>\d{8})(?<time>\d{6})\.export\.CSV\.zip$", RegexOptions.CultureInvariant)]
    private static partial Regex ExportName();
}
