using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Workflow;

public sealed class AttachmentTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF"u8.ToArray();

    private async Task<(HttpClient Owner, int Id)> DraftAsync()
    {
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        var id = await owner.CreatePracticeAsync(WorkflowClient.CompletePractice("Con adjuntos " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync()), "save");
        return (owner, id);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, byte[] content, string fileName, string claimedType)
    {
        var token = await client.GetAntiforgeryTokenAsync($"/my/practices/{id}/edit");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(claimedType);
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/my/practices/{id}/attachments", form);
    }

    [Fact]
    public async Task The_timeline_tells_the_creation_and_the_attachments_in_the_readers_language()
    {
        var (owner, id) = await DraftAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(owner, id, Pdf, "Acta firmada.pdf", "application/pdf")).StatusCode);

        var spanish = await owner.GetStringAsync($"/my/practices/{id}?culture=es");
        Assert.Contains("creó la práctica", spanish);
        Assert.Contains("adjuntó «Acta firmada.pdf»", spanish);
        Assert.DoesNotContain("attachment added", spanish);
        Assert.DoesNotContain("(created)", spanish);

        var english = await owner.GetStringAsync($"/my/practices/{id}?culture=en");
        Assert.Contains("created the practice", english);
        Assert.Contains("attached &quot;Acta firmada.pdf&quot;", english);
    }

    [Fact]
    public async Task A_pdf_is_stored_in_the_database_and_downloaded_with_safe_headers()
    {
        var (owner, id) = await DraftAsync();
        var upload = await UploadAsync(owner, id, Pdf, "Informe de evaluación.pdf", "application/pdf");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        var attachment = await factory.WithDbAsync(db => db.PracticeAttachments.SingleAsync(a => a.PracticeId == id));
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.True(await factory.WithDbAsync(db => db.StoredFiles.AnyAsync(f => f.Key == attachment.StorageKey)));

        var download = await owner.GetAsync($"/practices/{id}/attachments/{attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Informe de evaluación.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("<html><script>alert(document.cookie)</script></html>", "informe.pdf", "application/pdf")]
    [InlineData("GIF89a not accepted", "foto.png", "image/png")]
    [InlineData("plain text", "hoja.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task A_file_whose_content_is_not_an_accepted_type_is_refused_whatever_its_name(string content, string name, string claimed)
    {
        var (owner, id) = await DraftAsync();
        var upload = await UploadAsync(owner, id, System.Text.Encoding.UTF8.GetBytes(content), name, claimed);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var edit = await owner.GetStringAsync($"/my/practices/{id}/edit");
        Assert.Contains("Solo se aceptan archivos PDF, DOCX, XLSX, PNG o JPEG", edit);
        Assert.False(await factory.WithDbAsync(db => db.PracticeAttachments.AnyAsync(a => a.PracticeId == id)));
    }

    [Fact]
    public async Task A_docx_is_recognised_inside_its_zip_package_even_with_a_wrong_name()
    {
        var (owner, id) = await DraftAsync();
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("word/document.xml");
        }
        await UploadAsync(owner, id, stream.ToArray(), "acta.bin", "application/octet-stream");
        var attachment = await factory.WithDbAsync(db => db.PracticeAttachments.SingleAsync(a => a.PracticeId == id));
        Assert.Equal("acta.docx", attachment.FileName);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", attachment.ContentType);
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused()
    {
        var (owner, id) = await DraftAsync();
        var big = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);
        await UploadAsync(owner, id, big, "grande.pdf", "application/pdf");
        Assert.Contains("El archivo supera los 10 MB.", await owner.GetStringAsync($"/my/practices/{id}/edit"));
        Assert.False(await factory.WithDbAsync(db => db.PracticeAttachments.AnyAsync(a => a.PracticeId == id)));
    }

    [Fact]
    public async Task Attachments_of_a_draft_are_private_and_those_of_a_published_practice_public()
    {
        var (owner, id) = await DraftAsync();
        await UploadAsync(owner, id, Pdf, "informe.pdf", "application/pdf");
        var attachmentId = await factory.WithDbAsync(db => db.PracticeAttachments.Where(a => a.PracticeId == id).Select(a => a.Id).SingleAsync());
        var url = $"/practices/{id}/attachments/{attachmentId}";

        var other = await factory.SignedInAsync(Roles.EmploymentTeam);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserLikeClient().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/practices/{id}/attachments/{attachmentId + 1000}")).StatusCode);

        var token = await other.GetAntiforgeryTokenAsync("/my/practices/new");
        var delete = await other.PostAsync($"/my/practices/{id}/attachments/{attachmentId}/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);

        await owner.SaveAsync(id, WorkflowClient.CompletePractice("Con adjuntos publicada " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync()), "submit");
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        await moderator.DecideAsync(id, "Publish", extra: WorkflowClient.SafeguardingConfirmed());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserLikeClient().GetAsync(url)).StatusCode);
    }
}
