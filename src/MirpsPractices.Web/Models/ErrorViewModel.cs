namespace MirpsPractices.Web.Models;

public sealed record ErrorViewModel(int StatusCode, string CorrelationId);
