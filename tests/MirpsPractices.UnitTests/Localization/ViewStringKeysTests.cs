using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MirpsPractices.UnitTests.Localization;

/// <summary>
/// Every string key a view or the web code asks a localizer for by name exists in Spanish and in English: a missing key
/// would show its name ("Versions_Title") to the reader. Keys built at run time ("Field_" + name) are not checked here.
/// </summary>
public sealed partial class ViewStringKeysTests
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string Views = Path.Combine(Root, "src", "MirpsPractices.Web", "Views");
    private static readonly string Resources = Path.Combine(Root, "src", "MirpsPractices.Web", "Resources");

    [Fact]
    public void Every_literal_key_used_in_a_view_is_in_both_languages()
    {
        var files = Directory.EnumerateFiles(Views, "*.cshtml", SearchOption.AllDirectories).Select(v => (v, LocalizersOf(v)));

        var (used, missing) = Check(files);

        Assert.True(used > 500, $"only {used} uses found: the pattern no longer matches the views");
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_literal_key_used_in_the_web_code_is_in_both_languages()
    {
        var web = Path.Combine(Root, "src", "MirpsPractices.Web");
        var files = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (f, Injected().Matches(File.ReadAllText(f))
                .GroupBy(m => m.Groups["alias"].Value, m => m.Groups["resource"].Value)
                .Where(g => g.Distinct().Count() == 1) // a name used for two localizers in one file is ambiguous: skipped
                .ToDictionary(g => g.Key, g => g.First())));

        var (used, missing) = Check(files);

        Assert.True(used > 150, $"only {used} uses found: the pattern no longer matches the code");
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    private static (int Used, List<string> Missing) Check(IEnumerable<(string File, Dictionary<string, string> Localizers)> files)
    {
        var missing = new List<string>();
        var used = 0;
        foreach (var (file, localizers) in files)
        {
            foreach (Match use in KeyUse().Matches(File.ReadAllText(file)))
            {
                if (!localizers.TryGetValue(use.Groups["alias"].Value, out var resource))
                {
                    continue;
                }
                used++;
                var key = use.Groups["key"].Value;
                foreach (var language in new[] { "", ".en" })
                {
                    if (!KeysOf(resource + language).Contains(key))
                    {
                        missing.Add($"{Path.GetRelativePath(Root, file)}: {resource}{language}.resx has no \"{key}\"");
                    }
                }
            }
        }
        return (used, [.. missing.Distinct()]);
    }

    /// <summary>Alias → resource class, from the _ViewImports files above the view (nearest wins) and the view's own @inject lines.</summary>
    private static Dictionary<string, string> LocalizersOf(string view)
    {
        var files = new List<string>();
        for (var folder = Path.GetDirectoryName(view)!; folder.StartsWith(Views, StringComparison.Ordinal); folder = Path.GetDirectoryName(folder)!)
        {
            var imports = Path.Combine(folder, "_ViewImports.cshtml");
            if (File.Exists(imports))
            {
                files.Insert(0, imports);
            }
        }
        files.Add(view);
        var localizers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match inject in files.SelectMany(f => Inject().Matches(File.ReadAllText(f))))
        {
            localizers[inject.Groups["alias"].Value] = inject.Groups["resource"].Value;
        }
        return localizers;
    }

    private static readonly Dictionary<string, HashSet<string>> ResourceKeys = [];

    private static HashSet<string> KeysOf(string resourceFile)
    {
        lock (ResourceKeys)
        {
            if (!ResourceKeys.TryGetValue(resourceFile, out var keys))
            {
                var path = Path.Combine(Resources, resourceFile + ".resx");
                keys = File.Exists(path)
                    ? [.. XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)]
                    : [];
                ResourceKeys[resourceFile] = keys;
            }
            return keys;
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MirpsPractices.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("MirpsPractices.sln not found above the test binaries");
    }

    [GeneratedRegex(@"@inject\s+IStringLocalizer<(?<resource>\w+)>\s+(?<alias>\w+)")]
    private static partial Regex Inject();

    [GeneratedRegex(@"IStringLocalizer<(?<resource>\w+)>\s+(?<alias>\w+)")]
    private static partial Regex Injected();

    // W["Key"], W["Key", args], W.Count("Key", n): a literal key, not one built with + or $"…".
    [GeneratedRegex(@"\b(?<alias>\w+)(?:\[|\.Count\()""(?<key>[A-Za-z0-9_]+)""\s*[,\])]")]
    private static partial Regex KeyUse();
}
