using CsCheck;

namespace ArticleExtract.Tests.Robustness;

/// <summary>How the fuzz tests draw their cases (README.md beside this file).</summary>
internal static class FuzzRun
{
    /// <summary>
    /// Checks <paramref name="check"/> on cases drawn from <paramref name="cases"/>. CI decides whether a submission
    /// lands, so there (<c>CI=true</c>, neither ARTICLEEXTRACT_FUZZ_ITERATIONS nor ARTICLEEXTRACT_FUZZ_SEED set) the run
    /// replays one fixed sequence of <paramref name="ciIterations"/> cases: a CsCheck seed fixes only the first case of
    /// a run. New random cases are the long mode's job and a developer's local runs: ARTICLEEXTRACT_FUZZ_ITERATIONS
    /// cases (else <paramref name="ciIterations"/>), from ARTICLEEXTRACT_FUZZ_SEED when it is set.
    /// </summary>
    /// <param name="name">The fuzzer's name in a CI failure's message.</param>
    /// <param name="cases">The case generator.</param>
    /// <param name="check">The properties of one case; throws when one fails.</param>
    /// <param name="describe">A case in words, for a failure's message.</param>
    /// <param name="ciIterations">Cases in CI and, by default, in local runs.</param>
    /// <param name="ciStream">The stream of the generator CI draws its cases from.</param>
    /// <param name="ciSeed">The seed of that generator.</param>
    public static void Run<T>(string name, Gen<T> cases, Action<T> check, Func<T, string> describe, int ciIterations, uint ciStream, ulong ciSeed)
    {
        var iterations = long.TryParse(Environment.GetEnvironmentVariable("ARTICLEEXTRACT_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : ciIterations;
        var seed = Environment.GetEnvironmentVariable("ARTICLEEXTRACT_FUZZ_SEED");
        if (string.IsNullOrEmpty(seed) && n <= 0 && Environment.GetEnvironmentVariable("CI") == "true")
        {
            var pcg = new PCG(ciStream, ciSeed);
            for (var i = 0; i < ciIterations; i++)
            {
                var c = cases.Generate(pcg, null, out _);
                try
                {
                    check(c);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    throw new InvalidOperationException($"CI {name} case {i}: {describe(c)}", ex);
                }
            }

            return;
        }

        cases.Sample(check, seed: string.IsNullOrEmpty(seed) ? null : seed, iter: iterations, print: describe);
    }
}
