/**
 * How hard the fuzz tests try: a fixed seed and a few hundred runs in `npm test` (CI), as many
 * runs as FUZZ_RUNS says and a new seed each time under `npm run fuzz` (the seed is printed, so a
 * failure can be replayed with FUZZ_SEED).
 */
const fuzzing = process.env.FUZZ_RUNS !== undefined;
const seed = Number(process.env.FUZZ_SEED ?? (fuzzing ? Date.now() % 2 ** 31 : 20261201));
if (fuzzing) console.log(`fuzz seed ${seed} (replay with FUZZ_SEED=${seed})`);

/** Runs of a property: `ci` in `npm test`; FUZZ_RUNS times `share` under `npm run fuzz` (a property that runs whole commands, ~0.5 s a run, takes a share). */
export function runs(ci: number, share = 1): { seed: number; numRuns: number } {
  return { seed, numRuns: fuzzing ? Math.max(ci, Math.round(Number(process.env.FUZZ_RUNS) * share)) : ci };
}

/** A test's time limit: `ci` ms in `npm test`; under `npm run fuzz`, twice what its runs take at `perRun` ms each. */
export function timeLimit(ci: number, numRuns: number, perRun: number): number {
  return fuzzing ? Math.max(ci, 2 * numRuns * perRun) : ci;
}
