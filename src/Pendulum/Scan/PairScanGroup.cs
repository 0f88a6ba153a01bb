namespace Pendulum.Scan;

/// <summary>
/// One output row of a pair scan: the rows of one period, direction and QuadClass, summed.
/// </summary>
/// <remarks>
/// GDELT writes GoldsteinScale with one decimal, so the sums are kept exactly, in millionths
/// (<see cref="SumGoldsteinMillionths"/>, <see cref="SumGoldsteinTimesMentionsMillionths"/>): the result is the same
/// to the last digit whatever order rows are added in, on one thread or many, and prints as a decimal without
/// rounding.
/// </remarks>
/// <param name="Period">The period's digits as an integer: 20180508, 201805 or 2018.</param>
/// <param name="Actor1">Actor1CountryCode of the rows.</param>
/// <param name="Actor2">Actor2CountryCode of the rows.</param>
/// <param name="QuadClass">1 to 4.</param>
/// <param name="Count">Rows in the group.</param>
/// <param name="SumGoldsteinMillionths">Sum of GoldsteinScale, in millionths.</param>
/// <param name="SumMentions">Sum of NumMentions.</param>
/// <param name="SumGoldsteinTimesMentionsMillionths">Sum of GoldsteinScale x NumMentions, in millionths.</param>
public sealed record PairScanGroup(
    int Period,
    string Actor1,
    string Actor2,
    int QuadClass,
    long Count,
    long SumGoldsteinMillionths,
    long SumMentions,
    Int128 SumGoldsteinTimesMentionsMillionths);
