import { setFlagsFromString } from 'node:v8'

/**
 * How far V8 lets the old generation grow past what the last full collection kept, for a lint
 * run: 50% (V8's `--heap-growing-percent=50`), instead of V8's own factor of 1.1 to 4.
 *
 * V8 picks that factor at every full collection from how fast the old generation has been filling
 * lately. The CLI's last full collection of its start (~45 MB kept, right after the linter is
 * built) comes when the start-up has just promoted tens of MB a second, so the factor is 4: the
 * heap was left to grow to ~180 MB before the next one, which a 1M-line run never reached and a
 * 10M-line run did at ~8M lines (peak RSS 208 MB at 1M, 253 at 4M, 291 at 10M; after that first
 * tooth the teeth were ~80 MB of heap). At 1.5 every tooth is 90–115 MB of heap: peak RSS ~215 MB
 * at 1M, 4M and 10M alike, for a few more full collections (5 instead of 3 at 4M lines, ~50–110 ms
 * each) — cheap now that a run promotes ~16 MB per million lines (the sessions it remembers, the
 * rules' memos), and a bound whatever a run promotes (a format or input that keeps more only
 * collects more often). The factor only decides when V8 collects: it sets no limit, so a large
 * input (a long reply, a whole file read at once, gigabytes on stdin) gets the memory it got before.
 *
 * Set before anything else is loaded, for lint runs only (a server keeps V8's own heuristics).
 * V8 reads this flag at each full collection, so setting it at run time takes effect; `node
 * --heap-growing-percent=…` or NODE_OPTIONS given by the user win. KEFU_LINT_HEAP_GROWING_PERCENT
 * (a measurement switch) sets another value; 0 leaves V8's own factor.
 */
export const HEAP_GROWING_PERCENT = 50

export function setHeapGrowing(argv: readonly string[], env: NodeJS.ProcessEnv, execArgv: readonly string[]): number | undefined {
  if (argv[2] === 'serve' || argv[2] === 'mcp') return undefined
  if ([...execArgv, env.NODE_OPTIONS ?? ''].some((a) => /heap[-_]growing[-_]percent/.test(a))) return undefined
  const asked = env.KEFU_LINT_HEAP_GROWING_PERCENT
  const percent = asked !== undefined && /^\d+$/.test(asked) ? Number(asked) : HEAP_GROWING_PERCENT
  if (percent === 0) return undefined
  setFlagsFromString(`--heap-growing-percent=${percent}`)
  return percent
}
