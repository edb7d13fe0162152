// Fixtures run side by side: every integration test works in a database of its own.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(4)]
