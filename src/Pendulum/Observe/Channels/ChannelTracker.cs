using System.Globalization;
using Pendulum.Events;
using Pendulum.Events.Cameo;

namespace Pendulum.Observe.Channels;

/// <summary>
/// Follows a pair's channels over a date range: which events belong to which channel (a hand-coded event's own
/// channel first, else the rule table), and from them each channel's status changes (docs/channels.md).
/// </summary>
public static class ChannelTracker
{
    /// <summary>
    /// The status timeline of every channel the events or the declarations show, ordered by kind (registry order),
    /// declared channels first, then name. Events outside [<paramref name="from"/>, <paramref name="to"/>] are ignored.
    /// </summary>
    /// <param name="events">The pair's events, both directions, in any order.</param>
    /// <param name="from">First day of the range.</param>
    /// <param name="to">Last day of the range.</param>
    /// <param name="declared">
    /// Channels from a declared-channels file: rule-matched events of a declared channel's kind go to it while it is open.
    /// </param>
    /// <param name="rules">The rule table; <see cref="ChannelRules.Default"/> when null.</param>
    /// <param name="options">Dormancy settings; the defaults when null.</param>
    public static IReadOnlyList<ChannelTimeline> Track(IEnumerable<CodedEvent> events, DateOnly from, DateOnly to,
        DeclaredChannels? declared = null, ChannelRules? rules = null, ChannelTrackerOptions? options = null)
    {
        if (from > to)
            throw new UsageException($"{from:yyyy-MM-dd} is after {to:yyyy-MM-dd}", "from");
        rules ??= ChannelRules.Default;
        options = (options ?? new ChannelTrackerOptions()).Validate();
        var slots = new Slots((declared ?? DeclaredChannels.None).Channels);
        foreach (var e in events)
        {
            if (e.Date < from || e.Date > to)
                continue;
            if (slots.HandCoded(e) is { } named)
            {
                var effect = ChannelRules.IsReduceRelations(e) ? ChannelEffect.Suspension : ChannelEffect.Activity;
                foreach (var slot in named)
                    slot.Items.Add((e, effect));
                continue;
            }

            if (rules.ActivityRule(e) is { } rule)
            {
                foreach (var slot in slots.OfKind(rule.Kind, e.Date))
                    slot.Items.Add((e, ChannelEffect.Activity));
            }

            foreach (var kind in rules.SuspendedKinds(e))
            {
                foreach (var slot in slots.OfKind(kind, e.Date))
                    slot.Items.Add((e, ChannelEffect.Suspension));
            }
        }

        return slots.All
            .Select(s => new ChannelWalk(s, from, to, options).Run())
            .OrderBy(t => t.Kind).ThenByDescending(t => t.Declared).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A channel being filled with events.</summary>
    private sealed class Slot(string name, ChannelKind kind, DeclaredChannel? declared)
    {
        public string Name { get; } = name;
        public ChannelKind Kind { get; } = kind;
        public DeclaredChannel? Declared { get; } = declared;
        public List<(CodedEvent Event, ChannelEffect Effect)> Items { get; } = [];
    }

    private sealed class Slots
    {
        private readonly List<Slot> _all = [];

        public Slots(IReadOnlyList<DeclaredChannel> declared)
        {
            foreach (var d in declared)
                _all.Add(new Slot(d.Id, d.Kind, d));
        }

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
            var slot = new Slot(name, kind, null);
            _all.Add(slot);
            return slot;
        }
    }

    /// <summary>Walks one channel's days in order and records its status changes.</summary>
    private sealed class ChannelWalk(Slot slot, DateOnly from, DateOnly to, ChannelTrackerOptions options)
    {
        private readonly List<ChannelStatusChange> _changes = [];
        private readonly List<int> _gaps = [];
        private ChannelStatus? _status;
        private DateOnly? _clock; // last activity, opening or resumption: dormancy is measured from it
        private DateOnly? _lastActivity; // usual intervals are measured between activity days only
        private bool _inDeclared;

        public ChannelTimeline Run()
        {
            var byDay = slot.Items.GroupBy(i => i.Event.Date).ToDictionary(g => g.Key, g => g.ToList());
            var suspensions = (slot.Declared?.Suspensions ?? [])
                .Where(s => s.From <= to && (s.To is null || s.To > from))
                .Select(s => (Start: s.From < from ? from : s.From, s.To, s))
                .ToList();
            var days = new SortedSet<DateOnly>(byDay.Keys);
            foreach (var (start, end, _) in suspensions)
            {
                days.Add(start);
                if (end <= to)
                    days.Add(end.Value);
            }

            var opened = slot.Declared?.Opened;
            if (opened is { } o && o <= to)
                days.Add(o < from ? from : o);
            var closed = slot.Declared?.Closed;
            if (closed is { } c && c >= from && c <= to)
                days.Add(c);

            foreach (var day in days)
            {
                if (closed < day)
                    break;
                CheckDormancy(day);
                if (_inDeclared && suspensions.Any(s => s.To == day))
                {
                    _inDeclared = false;
                    Change(day, ChannelStatus.Resumed, "declared suspension ended", []);
                    _clock = day;
                    _lastActivity = null; // the silence of a suspension is not a usual interval
                }

                if (suspensions.FirstOrDefault(s => s.Start == day) is { s: not null } begun)
                {
                    _inDeclared = true;
                    var since = begun.s.From < from ? $" (since {Date(begun.s.From)})" : "";
                    Change(day, ChannelStatus.Suspended, $"declared suspension: {begun.s.Reason ?? "no reason given"}{since}", []);
                }

                if (_status is null && opened is { } op && (op < from ? from : op) == day)
                {
                    Change(day, ChannelStatus.Active, op < from ? $"declared open since {Date(op)}" : "declared opened", []);
                    _clock = day;
                }

                if (byDay.TryGetValue(day, out var items) && !_inDeclared)
                    Apply(day, items);
                if (closed == day)
                    Change(day, ChannelStatus.Closed, "declared closed", []);
            }

            if (closed is null || closed > to)
                CheckDormancy(to.AddDays(1));
            var activity = slot.Items.Where(i => i.Effect == ChannelEffect.Activity).ToList();
            return new ChannelTimeline(slot.Name, slot.Kind, slot.Declared, _changes, activity.Count,
                activity.Select(i => i.Event.Date).Distinct().Count(),
                _gaps.Count >= options.MinimumIntervals ? Median(_gaps) : null);
        }

        private void Apply(DateOnly day, List<(CodedEvent Event, ChannelEffect Effect)> items)
        {
            var activity = items.Where(i => i.Effect == ChannelEffect.Activity).Select(i => i.Event).ToList();
            var suspension = items.Where(i => i.Effect == ChannelEffect.Suspension).Select(i => i.Event).ToList();
            if (activity.Count > 0)
            {
                switch (_status)
                {
                    case null:
                        Change(day, ChannelStatus.Active, "first activity in range", activity);
                        break;
                    case ChannelStatus.Dormant or ChannelStatus.Suspended:
                        // A dormant gap is part of the channel's rhythm (a yearly dialogue is "dormant" between rounds
                        // until its interval is known); a suspension's silence is not.
                        if (_status == ChannelStatus.Dormant)
                            AddGap(day);
                        var days = day.DayNumber - _changes[^1].Date.DayNumber;
                        Change(day, ChannelStatus.Resumed, $"activity after {days} days {_status.Value.Name()}", activity);
                        break;
                    default:
                        AddGap(day);
                        break;
                }

                _clock = day;
                _lastActivity = day;
            }

            // Activity and a suspension the same day: the suspension is the later news, so it stands.
            if (suspension.Count > 0 && _status != ChannelStatus.Suspended)
            {
                var first = suspension.OrderBy(e => e.Goldstein).ThenByDescending(e => e.Mentions).First();
                var reason = first.Channel is null
                    ? $"reduce-relations event {first.CameoCode} ({CameoCodebook.Default.NameOf(first.CameoCode) ?? "unknown code"})"
                    : $"hand-coded reduce-relations event {first.CameoCode}";
                Change(day, ChannelStatus.Suspended, reason, suspension);
            }
        }

        private void AddGap(DateOnly day)
        {
            if (_lastActivity is { } last && last < day)
                _gaps.Add(day.DayNumber - last.DayNumber);
        }

        private void CheckDormancy(DateOnly before)
        {
            if (_status is not (ChannelStatus.Active or ChannelStatus.Resumed) || _clock is not { } last)
                return;
            var known = _gaps.Count >= options.MinimumIntervals;
            var usual = known ? Median(_gaps) : 0;
            var threshold = known
                ? Math.Max(options.MinimumDormantGapDays, (int)Math.Ceiling(options.DormantAfterIntervals * usual))
                : options.DormantGapWithoutHistoryDays;
            var dormantOn = last.AddDays(threshold + 1);
            if (dormantOn >= before)
                return;
            var why = known
                ? $"usual interval {usual.ToString("0.#", CultureInfo.InvariantCulture)} days"
                : "usual interval not known yet";
            Change(dormantOn, ChannelStatus.Dormant, $"no activity since {Date(last)}: more than {threshold} days ({why})", []);
        }

        private void Change(DateOnly day, ChannelStatus status, string reason, List<CodedEvent> events)
        {
            var strongest = status == ChannelStatus.Suspended
                ? events.OrderBy(e => e.Goldstein).ThenByDescending(e => e.Mentions)
                : events.OrderByDescending(e => e.Mentions).ThenByDescending(e => e.Goldstein);
            var kept = strongest.ThenBy(e => e.Dataset, StringComparer.Ordinal).ThenBy(e => e.EventId, StringComparer.Ordinal)
                .Take(options.EventsPerChange).ToList();
            _changes.Add(new ChannelStatusChange(day, status, reason, events.Count, kept));
            _status = status;
        }

        private static double Median(List<int> values)
        {
            var sorted = values.Order().ToList();
            var mid = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        }

        private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
