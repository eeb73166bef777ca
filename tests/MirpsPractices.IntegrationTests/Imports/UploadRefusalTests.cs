using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Spreadsheets;
using MirpsPractices.IntegrationTests.Workflow;

namespace MirpsPractices.IntegrationTests.Imports;

/// <summary>
/// Issue 15 item 4 through the real upload form: a file is checked before anything opens it (size, real type by signature,
/// zip bomb, external entities) and a refused file creates nothing and is explained in the reader's language.
/// </summary>
public sealed class UploadRefusalTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF"u8.ToArray();

    private async Task<byte[]> TemplateAsync(HttpClient client) => await client.GetByteArrayAsync("/my/practices/template?lang=es");

    private async Task AssertRefusedAsync(byte[] content, string fileName, string spanish, string english)
    {
        var client = await factory.SignedInAsync(Roles.EmploymentTeam);
        var before = await factory.WithDbAsync(db => db.Practices.CountAsync());
        foreach (var (culture, message) in new[] { ("es", spanish), ("en", english) })
        {
            var response = await client.UploadAsync("/my/practices", $"/my/practices/import?culture={culture}", content, fileName, ImportFiles.DocxType);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/my/practices#import", response.Headers.Location!.OriginalString);
            var page = await client.GetStringAsync($"/my/practices?culture={culture}");
            Assert.Contains(message, page);
        }
        Assert.Equal(before, await factory.WithDbAsync(db => db.Practices.CountAsync()));
    }

    [Fact]
    public async Task A_zip_bomb_docx_is_refused_as_abnormally_compressed()
    {
        var template = await TemplateAsync(await factory.SignedInAsync(Roles.EmploymentTeam));
        var bomb = ImportFiles.ZipBomb(template);
        Assert.True(bomb.Length < 200 * 1024, "the bomb must be small on the wire");
        await AssertRefusedAsync(bomb, "bomba.docx",
            "El archivo se rechazó por seguridad: su compresión es anormal (posible «bomba zip»).",
            "The file was refused for safety: its compression is abnormal (a possible &quot;zip bomb&quot;).");
    }

    [Fact]
    public async Task A_docx_with_an_external_entity_is_refused_and_the_entity_is_never_resolved()
    {
        var template = await TemplateAsync(await factory.SignedInAsync(Roles.EmploymentTeam));
        await AssertRefusedAsync(ImportFiles.ExternalEntity(template), "xxe.docx",
            "El archivo se rechazó por seguridad: contiene definiciones de entidades XML externas (DTD)",
            "The file was refused for safety: it contains external XML entity definitions (DTD)");
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_opened()
    {
        var template = await TemplateAsync(await factory.SignedInAsync(Roles.EmploymentTeam));
        var large = new byte[UploadLimits.Default.MaxBytes + 1024];
        template.CopyTo(large, 0);
        await AssertRefusedAsync(large, "grande.docx", "El archivo supera el máximo de 10 MB.", "The file is larger than the 10 MB maximum.");
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("text")]
    [InlineData("xlsx")]
    public async Task A_file_whose_content_is_not_a_word_document_is_refused_whatever_its_name(string kind)
    {
        var content = kind switch
        {
            "pdf" => Pdf,
            "text" => "Título: mi práctica"u8.ToArray(),
            _ => XlsxWriter.Write([["title"], ["x"]]),
        };
        await AssertRefusedAsync(content, "plantilla.docx",
            "Tipo de archivo no admitido: suba un documento Word (.docx).",
            "File type not accepted: upload a Word document (.docx).");
    }

    [Fact]
    public async Task An_empty_upload_is_refused_with_a_message()
    {
        await AssertRefusedAsync([], "vacío.docx", "No se recibió ningún archivo, o está vacío.", "No file was received, or it is empty.");
    }
}
