using System.Globalization;
using Pendulum.Events;
using Pendulum.Events.Cameo;
using Pendulum.Internals;

namespace Pendulum.Observe.Channels;

public sealed partial class ChannelTracker
{
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
            var byDay = slot.Days.Where(d => d.Key >= from && d.Key <= to).ToDictionary(d => d.Key, d => d.Value);
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
                    Change(day, ChannelStatus.Resumed, "declared suspension ended");
                    _clock = day;
                    _lastActivity = null; // the silence of a suspension is not a usual interval
                }

                if (suspensions.FirstOrDefault(s => s.Start == day) is { s: not null } begun)
                {
                    _inDeclared = true;
                    var since = begun.s.From < from ? $" (since {Date(begun.s.From)})" : "";
                    Change(day, ChannelStatus.Suspended, $"declared suspension: {begun.s.Reason ?? "no reason given"}{since}");
                }

                if (_status is null && opened is { } op && (op < from ? from : op) == day)
                {
                    Change(day, ChannelStatus.Active, op < from ? $"declared open since {Date(op)}" : "declared opened");
                    _clock = day;
                }

                if (byDay.TryGetValue(day, out var events) && !_inDeclared)
                    Apply(day, events);
                if (closed == day)
                    Change(day, ChannelStatus.Closed, "declared closed");
            }

            if (closed is null || closed > to)
                CheckDormancy(to.AddDays(1));
            return new ChannelTimeline(slot.Name, slot.Kind, slot.Declared, _changes, byDay.Values.Sum(d => d.Activity.Count),
                byDay.Values.Count(d => d.Activity.Count > 0), _gaps.Count >= options.MinimumIntervals ? Median(_gaps) : null);
        }

        private void Apply(DateOnly day, ChannelDay events)
        {
            var (activity, suspension) = (events.Activity, events.Suspension);
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
                var first = suspension.Kept[0];
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
            Change(dormantOn, ChannelStatus.Dormant, $"no activity since {Date(last)}: more than {threshold} days ({why})");
        }

        private void Change(DateOnly day, ChannelStatus status, string reason, StrongestEvents? events = null)
        {
            IReadOnlyList<CodedEvent> kept = events is null ? [] : [.. events.Kept.Take(options.EventsPerChange)];
            _changes.Add(new ChannelStatusChange(day, status, reason, events?.Count ?? 0, kept));
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
