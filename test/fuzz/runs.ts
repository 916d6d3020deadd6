/**
 * How hard the fuzz tests try: a fixed seed and a few hundred runs in `npm test` (CI), as many
 * runs as FUZZ_RUNS says and a new seed each time under `npm run fuzz` (the seed is printed, so a
 * failure can be replayed with FUZZ_SEED).
 */
const fuzzing = process.env.FUZZ_RUNS !== undefined;
const seed = Number(process.env.FUZZ_SEED ?? (fuzzing ? Date.now() % 2 ** 31 : 20261201));
if (fuzzing) console.log(`fuzz seed ${seed} (replay with FUZZ_SEED=${seed})`);

export function runs(ci: number): { seed: number; numRuns: number } {
  return { seed, numRuns: fuzzing ? Number(process.env.FUZZ_RUNS) : ci };
}
