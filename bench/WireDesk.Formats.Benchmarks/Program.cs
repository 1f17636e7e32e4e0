using BenchmarkDotNet.Running;
using WireDesk.Formats.Benchmarks;

// "loop SAMPLE N" parses one sample N times without BenchmarkDotNet, for instruction counts under callgrind.
if (args is ["loop", var sample, var count]) return ProfileLoop.Run(sample, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
