namespace Pendulum.Simulate;

/// <summary>A closed or half-open interval of allowed values, with the text errors show.</summary>
internal readonly record struct ValueRange(double Min, double Max, bool MinOpen, bool MaxOpen, string Text)
{
    public static ValueRange Probability { get; } = new(0, 1, false, false, "in [0, 1]");

    public static ValueRange NonNegative { get; } = new(0, double.MaxValue, false, false, "at least 0");

    public static ValueRange Positive { get; } = new(0, double.MaxValue, true, false, "greater than 0");

    public static ValueRange Any { get; } = new(double.MinValue, double.MaxValue, false, false, "a number");

    public static ValueRange HalfOpenProbability { get; } = new(0, 1, false, true, "in [0, 1)");

    public bool Contains(double value) =>
        (MinOpen ? value > Min : value >= Min) && (MaxOpen ? value < Max : value <= Max);
}
