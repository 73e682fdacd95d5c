/**
 * Times tasks against a baseline in the same process, interleaved over several rounds, and reports the
 * median of each: a machine that slows down for a moment then slows both sides of a ratio alike.
 */
export interface Timing {
  readonly name: string
  /** Median milliseconds per call. */
  readonly ms: number
}

const now = () => performance.now()

/** Runs `fn` repeatedly for about `budget` ms and returns the mean milliseconds per call. */
const sample = (fn: () => unknown, budget: number): number => {
  let calls = 0
  const start = now()
  let elapsed = 0
  while (elapsed < budget || calls < 3) {
    fn()
    calls++
    elapsed = now() - start
  }
  return elapsed / calls
}

export const compare = (tasks: Record<string, () => unknown>, options: { rounds?: number; budget?: number } = {}): Timing[] => {
  const rounds = options.rounds ?? 7
  const budget = options.budget ?? 150
  const names = Object.keys(tasks)
  for (const name of names) sample(tasks[name]!, budget) // warm-up: let the JIT settle
  const samples = new Map<string, number[]>(names.map((n) => [n, []]))
  for (let round = 0; round < rounds; round++) for (const name of names) samples.get(name)!.push(sample(tasks[name]!, budget))
  return names.map((name) => {
    const sorted = samples.get(name)!.sort((a, b) => a - b)
    return { name, ms: sorted[Math.floor(sorted.length / 2)]! }
  })
}

/** Prints the timings with each one's ratio to `baseline`, and the verdict against a goal when given. */
export const report = (title: string, timings: Timing[], baseline: string, goals: Record<string, { max?: number; min?: number }> = {}): void => {
  const base = timings.find((t) => t.name === baseline)!
  console.log(`${title}`)
  console.log(`| task | ms per call | × ${baseline} | goal |`)
  console.log('|---|---:|---:|---|')
  for (const t of timings) {
    const ratio = t.ms / base.ms
    const goal = goals[t.name]
    const verdict =
      goal === undefined
        ? ''
        : `${goal.max !== undefined ? `≤ ${goal.max}×` : `≥ ${goal.min}× faster`}: ${(goal.max !== undefined ? ratio <= goal.max : base.ms / t.ms >= goal.min!) ? 'met' : 'NOT met'}`
    console.log(`| ${t.name} | ${t.ms.toFixed(3)} | ${ratio.toFixed(2)} | ${verdict} |`)
  }
  console.log('')
}
