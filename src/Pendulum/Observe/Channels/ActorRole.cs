namespace Pendulum.Observe.Channels;

/// <summary>What an event's actor is, as far as its types (GDELT) or sectors (ICEWS) and its name can tell.</summary>
[Flags]
public enum ActorRole
{
    /// <summary>Nothing recognised.</summary>
    None = 0,

    /// <summary>A head of state or government (see <see cref="ActorRoleOptions"/> for the heuristic).</summary>
    Leader = 1,

    /// <summary>Armed forces or a defence ministry.</summary>
    Military = 2,

    /// <summary>A government body or official (executive, legislature).</summary>
    Government = 4,

    /// <summary>The country itself, named as such with no type (<c>CHINA</c>, <c>United States</c>).</summary>
    Country = 8,

    /// <summary>Society: civilians, education, religion, media, health, non-governmental organisations.</summary>
    People = 16,

    /// <summary>An international (intergovernmental) organisation.</summary>
    Igo = 32,

    /// <summary>Any role that speaks for the state: a channel between governments needs one on each side.</summary>
    State = Leader | Military | Government | Country,

    /// <summary>Roles that make an actor explicitly governmental (not only the country's name).</summary>
    Official = Leader | Military | Government,
}
