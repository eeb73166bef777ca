using MirpsPractices.Core.Features.Commitments;

namespace MirpsPractices.Web.Models.Network;

/// <summary>The bulk-update page: downloads and the upload form.</summary>
public sealed record BulkIndexViewModel(bool AllCommitments);

/// <summary>An uploaded sheet before anything is saved: each row's change or error.</summary>
public sealed record BulkPreviewViewModel(BulkPreview Preview);

/// <summary>The public commitments dashboard.</summary>
public sealed record CommitmentDashboardViewModel(DashboardData Data);
