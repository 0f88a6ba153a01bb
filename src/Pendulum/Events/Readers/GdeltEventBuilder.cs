namespace Pendulum.Events.Readers;

/// <summary>
/// Turns the kept fields of one GDELT row (tab-separated or re-exported) into a <see cref="CodedEvent"/>, checking
/// each field. Both GDELT readers share it, so a row means the same thing whichever file it came from.
/// </summary>
internal static class GdeltEventBuilder
{
    public static CodedEvent Build(string[] v, EventReaderOptions options)
    {
        string F(GdeltField f) => v[(int)f];
        static string N(GdeltField f) => GdeltFieldNames.Official[(int)f];

        var id = FieldParser.Required(F(GdeltField.GlobalEventId), N(GdeltField.GlobalEventId));
        if (!FieldParser.IsDigits(id))
            throw new RowRejectedException(N(GdeltField.GlobalEventId), $"'{FieldParser.Shorten(id)}' is not an event id (digits)");
        var date = FieldParser.CompactDate(F(GdeltField.SqlDate), N(GdeltField.SqlDate));
        var code = FieldParser.Cameo(F(GdeltField.EventCode), N(GdeltField.EventCode), options.Codebook);
        var root = F(GdeltField.EventRootCode);
        if (root.Length > 0 && root != code[..2])
            throw new RowRejectedException(N(GdeltField.EventRootCode), $"root '{root}' does not match event code '{code}'");
        var quad = FieldParser.Quad(F(GdeltField.QuadClass), N(GdeltField.QuadClass));
        var goldstein = options.Goldstein is { } table
            ? Rescore(table, code)
            : FieldParser.Goldstein(F(GdeltField.GoldsteinScale), N(GdeltField.GoldsteinScale));
        var added = F(GdeltField.DateAdded);
        if (added.Length > 0)
            FieldParser.AddedStamp(added, N(GdeltField.DateAdded));

        return new CodedEvent
        {
            Dataset = "gdelt",
            EventId = id,
            Date = date,
            Source = Actor(v, GdeltField.Actor1Code),
            Target = Actor(v, GdeltField.Actor2Code),
            CameoCode = code,
            QuadClass = quad,
            Goldstein = goldstein,
            Mentions = CountOrOne(F(GdeltField.NumMentions), N(GdeltField.NumMentions)),
            Sources = CountOrOne(F(GdeltField.NumSources), N(GdeltField.NumSources)),
            Articles = CountOrOne(F(GdeltField.NumArticles), N(GdeltField.NumArticles)),
            Tone = FieldParser.OptionalNumber(F(GdeltField.AvgTone), N(GdeltField.AvgTone)),
            Location = Location(v),
            Url = F(GdeltField.SourceUrl) is { Length: > 0 } url ? url : null,
        };
    }

    internal static double Rescore(Cameo.GoldsteinTable table, string code) =>
        table.TryGet(code, out var value)
            ? value
            : throw new RowRejectedException("goldstein", $"the Goldstein table '{table.Name}' has no value for code {code}");

    // Actor fields sit in the same order for Actor1 and Actor2: code, name, country, type1..3.
    private static EventActor Actor(string[] v, GdeltField codeField)
    {
        var at = (int)codeField;
        var country = FieldParser.CountryCode(v[at + 2], GdeltFieldNames.Official[at + 2]);
        return new EventActor(country, v[at + 1], v[at], JoinTypes(v[at + 3], v[at + 4], v[at + 5]));
    }

    // The non-empty type codes joined by ';'. Most actors have at most one, which is then returned as it is.
    private static string JoinTypes(string first, string second, string third)
    {
        if (second.Length == 0 && third.Length == 0)
            return first;
        if (first.Length == 0 && third.Length == 0)
            return second;
        if (first.Length == 0 && second.Length == 0)
            return third;
        return string.Join(';', new[] { first, second, third }.Where(t => t.Length > 0));
    }

    private static int CountOrOne(string value, string field) => value.Length == 0 ? 1 : FieldParser.Count(value, field);

    private static EventLocation? Location(string[] v)
    {
        var name = v[(int)GdeltField.ActionGeoFullName];
        var country = v[(int)GdeltField.ActionGeoCountryCode];
        var lat = FieldParser.OptionalNumber(v[(int)GdeltField.ActionGeoLat], "ActionGeo_Lat");
        var lon = FieldParser.OptionalNumber(v[(int)GdeltField.ActionGeoLong], "ActionGeo_Long");
        if (name.Length == 0 && country.Length == 0 && lat is null && lon is null)
            return null;
        return new EventLocation(name, country.Length == 0 ? null : country, lat, lon);
    }
}
