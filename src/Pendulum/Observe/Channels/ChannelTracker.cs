using Pendulum.Events;

namespace Pendulum.Observe.Channels;

/// <summary>
/// Follows a pair's channels: which events belong to which channel (a hand-coded event's own channel first, else the
/// rule table), and from them each channel's status changes over a date range (docs/channels.md). Events are added
/// one at a time in any order; memory grows with channels and days, not with events (each day keeps its strongest
/// few events).
/// </summary>
public sealed partial class ChannelTracker
{
    private readonly ChannelRules _rules;
    private readonly ChannelTrackerOptions _options;
    private readonly Slots _slots;

    /// <param name="declared">
    /// Channels from a declared-channels file: rule-matched events of a declared channel's kind go to it while it is open.
    /// </param>
    /// <param name="rules">The rule table; <see cref="ChannelRules.Default"/> when null.</param>
    /// <param name="options">Dormancy settings; the defaults when null.</param>
    public ChannelTracker(DeclaredChannels? declared = null, ChannelRules? rules = null, ChannelTrackerOptions? options = null)
    {
        _rules = rules ?? ChannelRules.Default;
        _options = (options ?? new ChannelTrackerOptions()).Validate();
        _slots = new Slots((declared ?? DeclaredChannels.None).Channels, Math.Max(1, _options.EventsPerChange));
    }

    /// <summary>Adds one of the pair's events (either direction).</summary>
    public void Add(CodedEvent e)
    {
        if (_slots.HandCoded(e) is { } named)
        {
            var effect = ChannelRules.IsReduceRelations(e) ? ChannelEffect.Suspension : ChannelEffect.Activity;
            foreach (var slot in named)
                slot.Add(e, effect);
            return;
        }

        if (_rules.ActivityRule(e) is { } rule)
        {
            foreach (var slot in _slots.OfKind(rule.Kind, e.Date))
                slot.Add(e, ChannelEffect.Activity);
        }

        foreach (var kind in _rules.SuspendedKinds(e))
        {
            foreach (var slot in _slots.OfKind(kind, e.Date))
                slot.Add(e, ChannelEffect.Suspension);
        }
    }

    /// <summary>
    /// The status timeline over [<paramref name="from"/>, <paramref name="to"/>] of every channel the events or the
    /// declarations show, ordered by kind (registry order), declared channels first, then name. Events added outside
    /// the range are ignored.
    /// </summary>
    public IReadOnlyList<ChannelTimeline> Timelines(DateOnly from, DateOnly to)
    {
        if (from > to)
            throw new UsageException($"{from:yyyy-MM-dd} is after {to:yyyy-MM-dd}", "from");
        return _slots.All
            .Select(s => new ChannelWalk(s, from, to, _options).Run())
            .OrderBy(t => t.Kind).ThenByDescending(t => t.Declared).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Adds <paramref name="events"/> to a new tracker and returns its timelines over the range.</summary>
    public static IReadOnlyList<ChannelTimeline> Track(IEnumerable<CodedEvent> events, DateOnly from, DateOnly to,
        DeclaredChannels? declared = null, ChannelRules? rules = null, ChannelTrackerOptions? options = null)
    {
        var tracker = new ChannelTracker(declared, rules, options);
        foreach (var e in events)
            tracker.Add(e);
        return tracker.Timelines(from, to);
    }
}
