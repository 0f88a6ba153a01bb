namespace Pendulum.Bench.Generation;

internal sealed partial class GdeltRowWriter
{
    /// <summary>Chance that an actor with a geography block has it empty anyway (Type 0).</summary>
    private const double MissingActorGeoChance = 0.045;

    /// <summary>Chance that a country actor's place lies in that country, when the gazetteer has one there.</summary>
    private const double HomePlaceChance = 0.7;

    /// <summary>
    /// How actors are coded, by slot: none; a role without country (<c>COP POLICE</c>); a country
    /// (<c>USA UNITED STATES USA</c>); a country with a role (<c>USAGOV</c>). Actor1 is empty in 12% of the
    /// samples' rows and Actor2 in 32%, leaving Actor*CountryCode empty in about half of the rows.
    /// </summary>
    private static readonly AliasTable Actor1Kinds = new([0.12, 0.36, 0.42, 0.10]);

    private static readonly AliasTable Actor2Kinds = new([0.32, 0.27, 0.33, 0.08]);

    /// <summary>NumArticles 1..10 as counted in the samples (even counts are common: GDELT counts duplicates).</summary>
    private static readonly AliasTable SmallArticleCounts = new([485, 983, 241, 580, 277, 389, 56, 230, 8, 652]);

    /// <summary>Share of rows with more than ten articles; their counts have a long tail, up to ~11,000.</summary>
    private const double ManyArticlesChance = 0.05;

    /// <summary>Share of rows with more mentions than articles (3%) and with more than one source (10%).</summary>
    private const double ExtraMentionsChance = 0.03;

    private const double SeveralSourcesChance = 0.10;

    private enum ActorKind
    {
        None,
        Role,
        Country,
        CountryRole,
    }

    private readonly record struct Actor(ActorKind Kind, CountryEntry? Country);

    /// <summary>
    /// SQLDATE: mostly the slice's day; the rest are older reports (yesterday, a week, a month or a year ago,
    /// or any day in the last ten years), as in real exports where 2-3% of rows describe older events.
    /// </summary>
    private DateOnly EventDay()
    {
        var r = _random.NextDouble();
        return r switch
        {
            < 0.95 => _sliceDay,
            < 0.97 => _sliceDay.AddDays(-1),
            < 0.98 => _sliceDay.AddDays(-7),
            < 0.988 => _sliceDay.AddMonths(-1),
            < 0.995 => _sliceDay.AddYears(-1),
            _ => _sliceDay.AddDays(-30 - _random.NextInt(3650)),
        };
    }

    /// <summary>SQLDATE, MonthYear, Year and FractionDate of a day, cached (a file has few distinct days).</summary>
    private byte[] DateFields(DateOnly day)
    {
        if (!_dateFields.TryGetValue(day, out var fields))
        {
            fields = Utf8.Bytes(GdeltDates.Fields(day));
            _dateFields.Add(day, fields);
        }
        return fields;
    }

    private (Actor First, Actor Second) ChooseActors()
    {
        if (_random.Chance(_options.UsaChinaShare))
        {
            var usaFirst = _random.Chance(0.5);
            return (new Actor(CountryKind(), usaFirst ? _usa : _china), new Actor(CountryKind(), usaFirst ? _china : _usa));
        }
        var first = RandomActor(Actor1Kinds);
        var second = RandomActor(Actor2Kinds);
        // Every USA<->CHN pair comes from the branch above, so their share is exactly the option's.
        while (IsUsaChina(first.Country, second.Country))
        {
            second = second with { Country = _data.Countries.Sample(_random) };
        }
        return (first, second);
    }

    private ActorKind CountryKind() => _random.Chance(0.8) ? ActorKind.Country : ActorKind.CountryRole;

    private Actor RandomActor(AliasTable kinds)
    {
        var kind = (ActorKind)kinds.Sample(_random);
        var country = kind is ActorKind.Country or ActorKind.CountryRole ? _data.Countries.Sample(_random) : null;
        return new Actor(kind, country);
    }

    private bool IsUsaChina(CountryEntry? a, CountryEntry? b) =>
        (a == _usa && b == _china) || (a == _china && b == _usa);

    /// <summary>The ten Actor fields: Code, Name, CountryCode, KnownGroup, Ethnic, Religion1/2, Type1/2/3.</summary>
    private void WriteActor(Utf8Buffer b, Actor actor)
    {
        switch (actor.Kind)
        {
            case ActorKind.None:
                b.Append(EmptyActor);
                break;
            case ActorKind.Country:
                b.Append(actor.Country!.ActorFields);
                break;
            case ActorKind.Role:
                {
                    var role = _data.Roles.Sample(_random);
                    b.Append(role.CodeBytes);
                    b.AppendTab();
                    b.Append(role.NameBytes);
                    b.AppendTab();
                    b.Append(role.TrailingFields);
                    break;
                }
            default:
                {
                    var role = _data.Roles.Sample(_random);
                    var country = actor.Country!;
                    b.Append(country.CodeBytes);
                    b.Append(role.CodeBytes);
                    b.AppendTab();
                    b.Append(_random.Chance(0.5) ? country.NameBytes : role.NameBytes);
                    b.AppendTab();
                    b.Append(country.CodeBytes);
                    b.Append(role.TrailingFields);
                    break;
                }
        }
    }

    private byte[] ActorGeo(Actor actor)
    {
        if (actor.Kind == ActorKind.None || _random.Chance(MissingActorGeoChance))
        {
            return EmptyGeo;
        }
        var home = actor.Country?.Places;
        return home is not null && _random.Chance(HomePlaceChance) ? home.Sample(_random) : _data.Places.Sample(_random);
    }

    /// <summary>Where the action took place: usually one of the actors' places, sometimes elsewhere or unknown.</summary>
    private byte[] ActionGeo(byte[] actor1Geo, byte[] actor2Geo)
    {
        var r = _random.NextDouble();
        return r switch
        {
            < 0.05 => EmptyGeo,
            < 0.50 when actor1Geo != EmptyGeo => actor1Geo,
            >= 0.50 and < 0.70 when actor2Geo != EmptyGeo => actor2Geo,
            _ => _data.Places.Sample(_random),
        };
    }

    /// <summary>NumMentions, NumSources, NumArticles, each followed by a tab; sources &lt;= articles &lt;= mentions.</summary>
    private void WriteCounts(Utf8Buffer b)
    {
        int articles;
        if (_random.Chance(ManyArticlesChance))
        {
            // Each doubling of the range is half as likely: a long tail with no floating-point powers.
            var doublings = 0;
            while (doublings < 10 && _random.Chance(0.5))
            {
                doublings++;
            }
            articles = 11 + _random.NextInt(10 << doublings);
        }
        else
        {
            articles = 1 + SmallArticleCounts.Sample(_random);
        }
        var mentions = articles + (_random.Chance(ExtraMentionsChance) ? 1 + _random.NextInt(10) : 0);
        var sources = articles > 1 && _random.Chance(SeveralSourcesChance) ? 2 + _random.NextInt(Math.Min(articles, 10) - 1) : 1;
        b.Append(mentions);
        b.AppendTab();
        b.Append(sources);
        b.AppendTab();
        b.Append(articles);
        b.AppendTab();
    }
}
