namespace Pendulum.Observe.Channels;

/// <summary>What a <see cref="ChannelRule"/> asks of an event's two actors (the order of source and target is free).</summary>
public enum ActorCondition
{
    /// <summary>No condition: the CAMEO code says enough.</summary>
    Any,

    /// <summary>Both actors are leaders.</summary>
    BothLeaders,

    /// <summary>Both actors are military.</summary>
    BothMilitary,

    /// <summary>Each actor is a leader or military: the offices a hotline connects.</summary>
    BothLeadersOrMilitary,

    /// <summary>At least one actor is military.</summary>
    EitherMilitary,

    /// <summary>At least one actor is a leader.</summary>
    EitherLeader,

    /// <summary>Both actors speak for their state (<see cref="ActorRole.State"/>).</summary>
    BothState,

    /// <summary>Both actors speak for their state and at least one is explicitly governmental (<see cref="ActorRole.Official"/>).</summary>
    GovernmentPair,

    /// <summary>At least one actor is an international organisation.</summary>
    EitherIgo,

    /// <summary>At least one actor belongs to society and neither is governmental, military or a leader.</summary>
    PeopleNotOfficial,
}

/// <summary>Evaluates an <see cref="ActorCondition"/> on the roles of an event's two actors.</summary>
public static class ActorConditions
{
    /// <summary>True when the two roles meet the condition.</summary>
    public static bool Holds(this ActorCondition condition, ActorRole source, ActorRole target) => condition switch
    {
        ActorCondition.Any => true,
        ActorCondition.BothLeaders => Has(source, ActorRole.Leader) && Has(target, ActorRole.Leader),
        ActorCondition.BothMilitary => Has(source, ActorRole.Military) && Has(target, ActorRole.Military),
        ActorCondition.BothLeadersOrMilitary => Has(source, ActorRole.Leader | ActorRole.Military)
            && Has(target, ActorRole.Leader | ActorRole.Military),
        ActorCondition.EitherMilitary => Has(source, ActorRole.Military) || Has(target, ActorRole.Military),
        ActorCondition.EitherLeader => Has(source, ActorRole.Leader) || Has(target, ActorRole.Leader),
        ActorCondition.BothState => Has(source, ActorRole.State) && Has(target, ActorRole.State),
        ActorCondition.GovernmentPair => Has(source, ActorRole.State) && Has(target, ActorRole.State)
            && (Has(source, ActorRole.Official) || Has(target, ActorRole.Official)),
        ActorCondition.EitherIgo => Has(source, ActorRole.Igo) || Has(target, ActorRole.Igo),
        ActorCondition.PeopleNotOfficial => (Has(source, ActorRole.People) || Has(target, ActorRole.People))
            && !Has(source, ActorRole.Official) && !Has(target, ActorRole.Official),
        _ => false,
    };

    private static bool Has(ActorRole role, ActorRole any) => (role & any) != 0;
}
