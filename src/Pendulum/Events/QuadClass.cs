namespace Pendulum.Events;

/// <summary>The four-way split of CAMEO events used across event-data research.</summary>
public enum QuadClass
{
    /// <summary>Statements, appeals, intents, consultations, diplomatic cooperation.</summary>
    VerbalCooperation = 1,

    /// <summary>Material cooperation, aid, yielding.</summary>
    MaterialCooperation = 2,

    /// <summary>Demands, disapproval, rejection, threats, protests.</summary>
    VerbalConflict = 3,

    /// <summary>Force posture, reduced relations, coercion, assault, fighting.</summary>
    MaterialConflict = 4,
}
