using System.Globalization;
using System.Text.Json;
using MirpsPractices.Bench;
using MirpsPractices.Bench.Generation;
using MirpsPractices.Bench.Load;
using MirpsPractices.Bench.Report;

// Usage (bench/run.sh builds everything in Release and calls `run`):
//   run [--sizes 1000,10000,100000] [--runs 3] [--duration 20] [--small-duration 10] [--report docs/performance.md] …
//   generate <database file> <published practices>
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

switch (args.FirstOrDefault())
{
    case "generate" when args.Length == 3:
    {
        var result = await CatalogueGenerator.GenerateAsync(
            new GeneratorOptions(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), 32, BenchmarkRun.SubmitterPassword), Console.Out);
        Console.WriteLine(result);
        return 0;
    }
    case "run":
    {
        var options = BenchOptions.Parse(args[1..]);
        var command = Environment.GetEnvironmentVariable("MIRPS_BENCH_COMMAND") ?? "bench/run.sh " + string.Join(' ', args[1..]);
        var result = await new BenchmarkRun(options, Console.Out).RunAsync(command.Trim());
        var markdown = PerformanceReport.Render(result);
        Console.WriteLine();
        Console.WriteLine(markdown);
        await File.WriteAllTextAsync(Path.Combine(options.WorkDirectory, "result.json"),
            JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        if (options.ReportPath is not null)
        {
            PerformanceReport.WriteInto(options.ReportPath, markdown);
            Console.WriteLine($"Written to {options.ReportPath}");
        }
        return 0;
    }
    default:
        Console.Error.WriteLine("Usage: MirpsPractices.Bench run [options] | generate <database> <practices>");
        return 2;
}
