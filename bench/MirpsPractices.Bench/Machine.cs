using System.Diagnostics;
using System.Globalization;

namespace MirpsPractices.Bench;

/// <summary>What the table was measured on: a ratio to the ceiling travels between machines, absolute numbers do not.</summary>
public sealed record Machine(int Cores, string Cpu, string Memory, string OperatingSystem, string DotnetVersion, string WrkVersion)
{
    public static Machine Describe()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var memKb = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal", StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0];
        var memory = $"{long.Parse(memKb, CultureInfo.InvariantCulture) / 1024.0 / 1024.0:0.0} GiB";
        var os = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? "Linux"
            : "Linux";
        var kernel = Run("uname", "-r");
        return new Machine(Environment.ProcessorCount, cpu, memory, $"{os}, kernel {kernel}", Run("dotnet", "--version"), Run("wrk", "-v").Split('\n')[0]);
    }

    /// <summary>The 1-minute load average: measurements are only meaningful on a quiet machine.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    public static string Run(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not found";
        }
    }
}
