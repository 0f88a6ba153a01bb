using Pendulum.Channels;
using Pendulum.Events;
using Pendulum.Internals;

namespace Pendulum.Observe.Channels;

public sealed partial class ChannelTracker
{
    /// <summary>A channel being filled with events: per day, how many and the strongest few of each effect.</summary>
    private sealed class Slot(string name, ChannelKind kind, DeclaredChannel? declared, int keep)
    {
        public string Name { get; } = name;
        public ChannelKind Kind { get; } = kind;
        public DeclaredChannel? Declared { get; } = declared;
        public Dictionary<DateOnly, ChannelDay> Days { get; } = [];

        public void Add(CodedEvent e, ChannelEffect effect)
        {
            if (!Days.TryGetValue(e.Date, out var day))
                Days[e.Date] = day = new ChannelDay(keep);
            (effect == ChannelEffect.Activity ? day.Activity : day.Suspension).Add(e);
        }
    }

    /// <summary>One channel's events of one day.</summary>
    private sealed class ChannelDay(int keep)
    {
        public StrongestEvents Activity { get; } = new(keep, StrongestEvents.MostMentioned);
        public StrongestEvents Suspension { get; } = new(keep, StrongestEvents.MostConflictual);
    }

    private sealed class Slots(IReadOnlyList<DeclaredChannel> declared, int keep)
    {
        private readonly List<Slot> _all = [.. declared.Select(d => new Slot(d.Id, d.Kind, d, keep))];

        public IEnumerable<Slot> All => _all;

        /// <summary>The declared channels of a kind open that day, or the kind's own channel when there is none.</summary>
        public IEnumerable<Slot> OfKind(ChannelKind kind, DateOnly date)
        {
            var declared = _all.Where(s => s.Kind == kind && s.Declared is { } d && d.IsOpenOn(date)).ToList();
            return declared.Count > 0 ? declared : [Find(kind.Name()) ?? Add(kind.Name(), kind)];
        }

        /// <summary>
        /// Where a hand-coded event says it belongs, or null to leave it to the rules: a tag equal to a declared
        /// channel's id; else its channel field as a declared id or name, a kind, or a channel of its own.
        /// </summary>
        public IEnumerable<Slot>? HandCoded(CodedEvent e)
        {
            var tagged = _all.Where(s => s.Declared is not null && e.Tags.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToList();
            if (tagged.Count > 0)
                return tagged;
            if (string.IsNullOrWhiteSpace(e.Channel))
                return null;
            var name = e.Channel.Trim();
            if (_all.FirstOrDefault(s => s.Declared is { } d && (d.Id.Equals(name, StringComparison.OrdinalIgnoreCase)
                    || d.Name.Equals(name, StringComparison.OrdinalIgnoreCase))) is { } declared)
                return [declared];
            if (ChannelKinds.TryParse(name, out var kind))
                return OfKind(kind, e.Date);
            return [Find(name) ?? Add(name, ChannelKind.Other)];
        }

        private Slot? Find(string name) =>
            _all.FirstOrDefault(s => s.Declared is null && s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

        private Slot Add(string name, ChannelKind kind)
        {
            var slot = new Slot(name, kind, null, keep);
            _all.Add(slot);
            return slot;
        }
    }
}
