using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Gazette.Benchmarks -- --filter '*' [--job short]`: BenchmarkDotNet's own
// command line picks the classes and the job; see bench/README.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
