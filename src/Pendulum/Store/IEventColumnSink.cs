namespace Pendulum.Store;

/// <summary>
/// Takes one event's column values as <see cref="EventColumns.Write{TSink}"/> hands them out, by column position in
/// <see cref="EventColumns.Names"/> order. A writer implements it as a struct so the values reach it unboxed.
/// </summary>
internal interface IEventColumnSink
{
    /// <summary>A text column's value.</summary>
    void Text(int column, string value);

    /// <summary>An integer column's value.</summary>
    void Integer(int column, int value);

    /// <summary>A real column's value.</summary>
    void Real(int column, double value);

    /// <summary>A date column's value, which each engine stores in its own way.</summary>
    void Date(int column, DateOnly value);

    /// <summary>A nullable column without a value.</summary>
    void Null(int column);
}
