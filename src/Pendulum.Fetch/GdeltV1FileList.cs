using System.Globalization;
using System.Text.RegularExpressions;

namespace Pendulum.Fetch;

/// <summary>
/// The GDELT 1.0 index, <c>events/md5sums</c>: one <c>md5  name</c> per line as md5sum prints it. Daily files run
/// from 2013-04-01; before that, one file a month (2006-01 to 2013-03) or a year (1979 to 2005) holds the events.
/// </summary>
internal sealed partial class GdeltV1FileList(GdeltFetchOptions options) : GdeltFileList(
    options, "events/md5sums", "GDELT 1.0 md5sums list", "md5  name",
    "GDELT 1.0 runs from 1979, in yearly files to 2005, monthly to 2013-03, then daily")
{
    private const int FirstYearlyFile = 1979;

    private const int LastYearlyFile = 2005;

    private static readonly DateOnly FirstDailyFile = new(2013, 4, 1);

    protected override bool TryParse(string line, out GdeltFileEntry? wanted)
    {
        wanted = null;
        var fields = FieldsOf(line);
        if (fields.Length != 2 || !IsMd5(fields[0]))
        {
            return false;
        }

        // md5sum marks a file read in binary mode with '*'.
        var name = fields[1].TrimStart('*');
        if (name.Length == 0 || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal))
        {
            return false;
        }

        if (IsWanted(name))
        {
            wanted = new GdeltFileEntry(name, AddressOf("events/" + name), fields[0].ToLowerInvariant(), null);
        }

        return true;
    }

    private bool IsWanted(string name)
    {
        var match = FileName().Match(name);
        if (!match.Success)
        {
            return false;
        }

        var digits = match.Groups["digits"].Value;
        var daily = match.Groups["daily"].Success;
        if (daily && digits.Length == 8 && TryParseDate(digits, "yyyyMMdd", out var day))
        {
            return Overlaps(day, day);
        }

        if (!daily && digits.Length == 6 && TryParseDate(digits + "01", "yyyyMMdd", out var month)
            && month < FirstDailyFile && month.Year > LastYearlyFile)
        {
            return Overlaps(month, month.AddMonths(1).AddDays(-1));
        }

        if (!daily && digits.Length == 4)
        {
            var year = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            return year is >= FirstYearlyFile and <= LastYearlyFile && Overlaps(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        return false;
    }

    [GeneratedRegex(@"^(?<digits>\d{4}|\d{6}|\d{8})(?<daily>\.export\.CSV)?\.zip$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
