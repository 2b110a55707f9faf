/**
 * Built-in data validated once per process, not once per thread. Every lint worker of the CLI
 * (--jobs) evaluates the same bundle as the main thread, and with it every rule's lexicon and the
 * word classes, which zod validated again in each thread (~14% of a worker's start-up CPU). The
 * CLI's main thread records what validation returned while its bundle loads; a worker that loads
 * that bundle takes the same results (a structured clone) instead of validating again.
 *
 * Both modes hold only while a bundle's own modules are evaluated: the CLI sets the registry
 * before importing them and clears it before any config or plugin is read, so nothing a user
 * wrote is ever taken as validated. Without a registry (the library, a browser) this is a
 * plain call of `validate`.
 */
const KEY = Symbol.for('kefu-lint.validated-builtins')

export interface ValidatedBuiltins {
  /** `record`: keep each source's result; `reuse`: return a recorded one instead of validating. */
  mode: 'record' | 'reuse'
  results: Map<string, unknown>
}

export function validatedBuiltin<T>(source: string, validate: () => T): T {
  const registry = (globalThis as { [KEY]?: ValidatedBuiltins })[KEY]
  if (!registry) return validate()
  if (registry.mode === 'reuse' && registry.results.has(source)) return registry.results.get(source) as T
  const result = validate()
  if (registry.mode === 'record') registry.results.set(source, result)
  return result
}

/** Sets (or with undefined, clears) the registry of this thread; see the comment above. */
export function setValidatedBuiltins(registry: ValidatedBuiltins | undefined): void {
  const g = globalThis as { [KEY]?: ValidatedBuiltins }
  if (registry) g[KEY] = registry
  else delete g[KEY]
}
