using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MirpsPractices.UnitTests.Localization;

/// <summary>
/// Every string key a view asks a localizer for by name exists in Spanish and in English: a missing key would show its
/// name ("Versions_Title") to the reader. Keys built at run time ("Field_" + name) are not checked here.
/// </summary>
public sealed partial class ViewStringKeysTests
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string Views = Path.Combine(Root, "src", "MirpsPractices.Web", "Views");
    private static readonly string Resources = Path.Combine(Root, "src", "MirpsPractices.Web", "Resources");

    [Fact]
    public void Every_literal_key_used_in_a_view_is_in_both_languages()
    {
        var missing = new List<string>();
        var used = 0;
        foreach (var view in Directory.EnumerateFiles(Views, "*.cshtml", SearchOption.AllDirectories))
        {
            var localizers = LocalizersOf(view);
            foreach (Match use in KeyUse().Matches(File.ReadAllText(view)))
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
                        missing.Add($"{Path.GetRelativePath(Views, view)}: {resource}{language}.resx has no \"{key}\"");
                    }
                }
            }
        }

        Assert.True(used > 500, $"only {used} uses found: the pattern no longer matches the views");
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing.Distinct()));
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

    // W["Key"], W["Key", args], W.Count("Key", n): a literal key, not one built with + or $"…".
    [GeneratedRegex(@"\b(?<alias>[A-Z]\w*)(?:\[|\.Count\()""(?<key>[A-Za-z0-9_]+)""\s*[,\])]")]
    private static partial Regex KeyUse();
}
