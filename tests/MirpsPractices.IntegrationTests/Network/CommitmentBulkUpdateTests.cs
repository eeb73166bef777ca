using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Spreadsheets;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>
/// The spreadsheet round trip of bulk progress updates, through the workspace: download, change three rows (one invalid),
/// upload, preview with the error in the reader's language, cancel (nothing saved), confirm (two saved), the same file
/// again (nothing saved); for a moderator (every commitment) and an organisation member (only their organisation's), in
/// .xlsx and CSV.
/// </summary>
public sealed class CommitmentBulkUpdateTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Page = "/workspace/commitments/bulk";

    public static TheoryData<string, string> Cases => new()
    {
        { Roles.Moderator, "xlsx" },
        { Roles.Moderator, "csv" },
        { Roles.CivilSociety, "xlsx" },
        { Roles.CivilSociety, "csv" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Export_change_three_rows_preview_cancel_confirm_and_reupload(string role, string format)
    {
        var mine = await factory.OrganisationOfAsync(Roles.CivilSociety);
        var other = await factory.OrganisationOfAsync(Roles.LocalGovernanceTeam);
        var due = new DateOnly(2030, 6, 30);
        var tag = $"{role}-{format}";
        var started = await factory.AddCommitmentAsync($"Masivo {tag} A", mine, due);
        var planned = await factory.AddCommitmentAsync($"Masivo {tag} B", mine, due, CommitmentStatus.Planned);
        var invalid = await factory.AddCommitmentAsync($"Masivo {tag} C", mine, due);
        var foreign = await factory.AddCommitmentAsync($"Masivo {tag} D", other, due);
        var client = await factory.SignedInAsRoleAsync(role);

        var table = await ExportAsync(client, format);

        var exported = table.Skip(1).Select(r => int.Parse(r[0], CultureInfo.InvariantCulture)).ToHashSet();
        var expected = await factory.WithDbAsync(db => db.Commitments
            .Where(c => !db.Commitments.Any(p => p.ParentCommitmentId == c.Id))
            .Where(c => role == Roles.Moderator || c.Organisations.Any(o => o.OrganisationId == mine))
            .Select(c => c.Id).ToListAsync());
        Assert.Equal(expected.ToHashSet(), exported);
        Assert.Equal(role == Roles.Moderator, exported.Contains(foreign));
        Assert.Equal(["id", "title", "organisations", "kind", "target_country", "due_date", "stage", "percent", "note"], table[0]);

        var changed = table.Select(r => r.ToList()).ToList();
        Set(changed, started, "InProgress", "60", "Segundo taller hecho.");
        Set(changed, planned, "Fulfilled", "", "Convenio firmado.");
        Set(changed, invalid, "InProgress", "150", "Demasiado.");
        var file = Write(changed, format);

        // Preview: the invalid row's error in Spanish and in English; nothing saved yet.
        var token = await UploadAsync(client, file, format);
        var preview = await client.GetStringAsync($"{Page}/preview?token={token}&culture=es");
        Assert.Contains("«150» no es un porcentaje entre 0 y 100.", preview);
        Assert.Contains("2 cambios", preview);
        var english = await client.GetStringAsync($"{Page}/preview?token={token}&culture=en");
        Assert.Contains("“150” is not a percentage between 0 and 100.", english);
        await client.GetStringAsync($"{Page}?culture=es");
        Assert.Equal(0, await NotesAsync(started, planned, invalid));

        // Cancel saves nothing, and the cancelled preview can no longer be confirmed.
        var cancel = await client.PostFormAsync($"{Page}/preview?token={token}", $"{Page}/cancel", [new("token", token)]);
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        var late = await client.PostFormAsync(Page, $"{Page}/confirm", [new("token", token)]);
        Assert.Equal(Page, late.RedirectPath());
        Assert.Equal(0, await NotesAsync(started, planned, invalid));

        // Confirm saves the two valid changes as progress notes.
        token = await UploadAsync(client, file, format);
        var confirm = await client.PostFormAsync($"{Page}/preview?token={token}", $"{Page}/confirm", [new("token", token)]);
        Assert.Equal("/workspace/commitments", confirm.RedirectPath());
        Assert.Contains("Se guardaron 2 notas de avance.", await client.GetStringAsync("/workspace/commitments"));
        var state = await factory.WithDbAsync(db => db.Commitments.Where(c => c.Id == started || c.Id == planned || c.Id == invalid)
            .Select(c => new { c.Id, c.Status, c.Percent, Notes = c.ProgressNotes.Select(n => n.Text).ToList() })
            .ToDictionaryAsync(c => c.Id));
        Assert.Equal((CommitmentStatus.InProgress, 60, "Segundo taller hecho."), (state[started].Status, state[started].Percent, Assert.Single(state[started].Notes)));
        Assert.Equal((CommitmentStatus.Fulfilled, 100, "Convenio firmado."), (state[planned].Status, state[planned].Percent, Assert.Single(state[planned].Notes)));
        Assert.Equal((CommitmentStatus.InProgress, 0), (state[invalid].Status, state[invalid].Percent));
        Assert.Empty(state[invalid].Notes);

        // The same file again: no change to save, and confirming anyway saves nothing.
        token = await UploadAsync(client, file, format);
        var again = await client.GetStringAsync($"{Page}/preview?token={token}&culture=es");
        Assert.Contains("0 cambios", again);
        Assert.DoesNotContain($"action=\"{Page}/confirm\"", again);
        await client.PostFormAsync($"{Page}/preview?token={token}", $"{Page}/confirm", [new("token", token)]);
        Assert.Equal(2, await NotesAsync(started, planned, invalid));
    }

    [Fact]
    public async Task A_member_cannot_update_another_organisations_commitment_by_adding_its_row()
    {
        var other = await factory.OrganisationOfAsync(Roles.LocalGovernanceTeam);
        var foreign = await factory.AddCommitmentAsync("Masivo ajeno", other, new DateOnly(2030, 6, 30));
        var client = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        List<List<string>> sheet =
        [
            ["id", "title", "organisations", "kind", "target_country", "due_date", "stage", "percent", "note"],
            [foreign.ToString(CultureInfo.InvariantCulture), "", "", "", "", "", "Fulfilled", "100", "No es mío."],
        ];

        var token = await UploadAsync(client, Write(sheet, "csv"), "csv");

        Assert.Contains("este compromiso no es de su organización.", await client.GetStringAsync($"{Page}/preview?token={token}&culture=es"));
        await client.PostFormAsync($"{Page}/preview?token={token}", $"{Page}/confirm", [new("token", token)]);
        Assert.Equal(0, await NotesAsync(foreign));
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_is_refused_with_a_localized_message()
    {
        var client = await factory.SignedInAsRoleAsync(Roles.CivilSociety);

        var response = await PostFileAsync(client, Encoding.UTF8.GetBytes("%PDF-1.7\nnot a sheet"), "notas.pdf", "application/pdf");

        Assert.Equal(Page, response.RedirectPath());
        var page = await client.GetStringAsync($"{Page}?culture=es");
        Assert.Contains("Solo se aceptan hojas de cálculo .xlsx o .csv.", page);
    }

    private static void Set(List<List<string>> table, int id, string stage, string percent, string note)
    {
        var row = table.Single(r => r[0] == id.ToString(CultureInfo.InvariantCulture));
        // A sheet leaves trailing empty cells out (the empty note column): pad the row as a spreadsheet program would show it.
        while (row.Count < table[0].Count)
        {
            row.Add("");
        }
        (row[6], row[7], row[8]) = (stage, percent, note);
    }

    private static async Task<IReadOnlyList<IReadOnlyList<string>>> ExportAsync(HttpClient client, string format)
    {
        var response = await client.GetAsync($"{Page}/commitments.{format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return format == "xlsx" ? XlsxReader.ReadFirstSheet(bytes) : CsvReader.Read(bytes);
    }

    private static byte[] Write(List<List<string>> table, string format)
    {
        if (format == "xlsx")
        {
            return XlsxWriter.Write(table.Select(r => (IReadOnlyList<string>)r));
        }
        var text = string.Concat(table.Select(r => string.Join(',', r.Select(c => c.Contains(',') || c.Contains('"') ? $"\"{c.Replace("\"", "\"\"")}\"" : c)) + "\r\n"));
        return Encoding.UTF8.GetBytes(text);
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, byte[] content, string fileName, string type)
    {
        var token = await client.GetAntiforgeryTokenAsync(Page);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        form.Add(file, "file", fileName);
        return await client.PostAsync($"{Page}/upload", form);
    }

    private static async Task<string> UploadAsync(HttpClient client, byte[] content, string format)
    {
        var response = await PostFileAsync(client, content, $"compromisos.{format}",
            format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"{Page}/preview?token=", location);
        return location[(location.IndexOf('=') + 1)..];
    }

    private Task<int> NotesAsync(params int[] ids) =>
        factory.WithDbAsync(db => db.Set<CommitmentProgressNote>().CountAsync(n => ids.Contains(n.CommitmentId)));
}
