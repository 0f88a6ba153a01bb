using Pendulum.Events;
using Pendulum.Events.Cameo;

namespace Pendulum.Reports.Json;

/// <summary>An event as JSON (docs/cli.md, "events output fields"); CAMEO codes stay strings.</summary>
public sealed record EventJson(
    DateOnly Date,
    string Dataset,
    string EventId,
    string? SourceCountry,
    string SourceName,
    string SourceTypes,
    string? TargetCountry,
    string TargetName,
    string TargetTypes,
    string Cameo,
    string? CameoName,
    string Root,
    int QuadClass,
    double Goldstein,
    int Mentions,
    int Sources,
    int Articles,
    double? Tone,
    string? Place,
    double? Lat,
    double? Lon,
    string? Url,
    string? Channel,
    IReadOnlyList<string> Tags,
    string? Description,
    string? Reference)
{
    public static EventJson From(CodedEvent e) => new(
        e.Date, e.Dataset, e.EventId, e.Source.Country, e.Source.Name, e.Source.Types, e.Target.Country, e.Target.Name,
        e.Target.Types, e.CameoCode, CameoCodebook.Default.NameOf(e.CameoCode), e.RootCode, (int)e.QuadClass, e.Goldstein,
        e.Mentions, e.Sources, e.Articles, e.Tone, e.Location?.Name, e.Location?.Latitude, e.Location?.Longitude, e.Url,
        e.Channel, e.Tags, e.Description, e.Reference);
}
