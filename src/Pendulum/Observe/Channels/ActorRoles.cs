using Pendulum.Events;
using Pendulum.Events.Countries;

namespace Pendulum.Observe.Channels;

/// <summary>Reads an actor's <see cref="ActorRole"/> from its types, sectors and name.</summary>
public sealed class ActorRoles(ActorRoleOptions options)
{
    /// <summary>Roles read with the default <see cref="ActorRoleOptions"/>.</summary>
    public static ActorRoles Default { get; } = new(new ActorRoleOptions());

    /// <summary>The options in force.</summary>
    public ActorRoleOptions Options { get; } = options;

    /// <summary>Every role the actor has.</summary>
    public ActorRole Of(EventActor actor)
    {
        var role = ActorRole.None;
        if (actor.Types.Length > 0)
        {
            foreach (var range in actor.Types.AsSpan().Split(';'))
            {
                var type = actor.Types.AsSpan()[range].Trim();
                if (type.IsEmpty)
                    continue;
                if (Matches(type, Options.MilitaryTypes))
                    role |= ActorRole.Military;
                if (Matches(type, Options.GovernmentTypes))
                    role |= ActorRole.Government;
                if (Matches(type, Options.PeopleTypes))
                    role |= ActorRole.People;
                if (Matches(type, Options.IgoTypes))
                    role |= ActorRole.Igo;
                if (Matches(type, Options.LeaderTypes))
                    role |= ActorRole.Leader;
            }
        }

        if (IsLeaderByName(actor.Name))
            role |= ActorRole.Leader;
        if (role == ActorRole.None && actor.Country is { } country && actor.Name.Length > 0
            && CountryTable.Default.TryGetCode(actor.Name, out var named) && named == country)
            role |= ActorRole.Country;
        return role;
    }

    private bool IsLeaderByName(string name)
    {
        if (name.Length == 0)
            return false;
        foreach (var leader in Options.LeaderNames)
        {
            if (name.Equals(leader, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return ContainsAny(name, Options.LeaderNameWords) && !ContainsAny(name, Options.NotLeaderNameWords);
    }

    private static bool ContainsAny(string name, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    private static bool Matches(ReadOnlySpan<char> type, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (type.Equals(name, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }
}
