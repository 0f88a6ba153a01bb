namespace Pendulum.Events.Readers;

/// <summary>The GDELT columns Pendulum keeps, by their official names; the rest are read past.</summary>
internal enum GdeltField
{
    GlobalEventId,
    SqlDate,
    Actor1Code,
    Actor1Name,
    Actor1CountryCode,
    Actor1Type1Code,
    Actor1Type2Code,
    Actor1Type3Code,
    Actor2Code,
    Actor2Name,
    Actor2CountryCode,
    Actor2Type1Code,
    Actor2Type2Code,
    Actor2Type3Code,
    EventCode,
    EventRootCode,
    QuadClass,
    GoldsteinScale,
    NumMentions,
    NumSources,
    NumArticles,
    AvgTone,
    ActionGeoFullName,
    ActionGeoCountryCode,
    ActionGeoLat,
    ActionGeoLong,
    DateAdded,
    SourceUrl,
}

/// <summary>Official column name of each <see cref="GdeltField"/>, and where it sits in a layout.</summary>
internal static class GdeltFieldNames
{
    public const int Count = (int)GdeltField.SourceUrl + 1;

    public static readonly string[] Official =
    [
        "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
        "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
        "Actor2Type2Code", "Actor2Type3Code", "EventCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone", "ActionGeo_FullName", "ActionGeo_CountryCode",
        "ActionGeo_Lat", "ActionGeo_Long", "DATEADDED", "SOURCEURL",
    ];

    /// <summary>Fields every GDELT row must have; the others may be missing from a re-export.</summary>
    public static readonly GdeltField[] Required =
    [
        GdeltField.GlobalEventId, GdeltField.SqlDate, GdeltField.Actor1CountryCode, GdeltField.Actor2CountryCode,
        GdeltField.EventCode, GdeltField.QuadClass, GdeltField.GoldsteinScale,
    ];

    /// <summary>Column index of each field in <paramref name="columns"/>, -1 where absent (matched ignoring case).</summary>
    public static int[] IndexIn(IReadOnlyList<string> columns)
    {
        var index = new int[Count];
        for (var f = 0; f < Count; f++)
        {
            index[f] = -1;
            for (var c = 0; c < columns.Count; c++)
            {
                if (string.Equals(columns[c].Trim(), Official[f], StringComparison.OrdinalIgnoreCase))
                {
                    index[f] = c;
                    break;
                }
            }
        }

        return index;
    }
}
