using BenchmarkDotNet.Running;
using Pendulum.Benchmarks;

// dotnet run -c Release --project bench/Pendulum.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ShortJobConfig).Assembly).Run(args, new ShortJobConfig());
