/**
 * Built-in data compiled when the package is built. The Node builds (kefu-lint, kefu-lint/node,
 * the CLI) load each shipped YAML file of built-in data (every rule's lexicon.yaml, the word
 * classes, the variation data) as a module that registers, beside its data, what the parser
 * below returns for it: the validated data, and for a lexicon its expanded form (templates,
 * word classes, Cantonese/Taiwan forms and final particles: some 21,000 phrases). Loading the
 * library then parses that JSON instead of validating and expanding everything again in every
 * process and every --jobs worker. See precompileYaml in scripts/precompile.ts for the build
 * side.
 *
 * A result is found by the identity of the data object the generated module exports, which
 * nothing else can hold: a user's lexicon, plugin or config (and all data in vitest and in the
 * browser build, whose loaders register nothing) goes through the same parsers at run time.
 */
const results = new WeakMap<object, unknown>()

/**
 * Called by a generated module only: `data` is the file's validated data, `result` what its
 * parser returns (for data that is only validated, zod's `{ success: true, data }`).
 */
export function precompiled<T extends object>(payload: { data: T; result?: unknown }, holes: readonly (readonly (string | number)[])[] = []): T {
  // JSON has no `undefined`: the build writes a placeholder for an own property that holds it
  // (an absent construction slot) and lists its path, so keys and their order stay as parsed.
  for (const path of holes) {
    let node = payload as unknown as Record<string | number, unknown>
    for (let i = 0; i < path.length - 1; i++) node = node[path[i]!] as Record<string | number, unknown>
    node[path[path.length - 1]!] = undefined
  }
  results.set(payload.data, 'result' in payload ? payload.result : { success: true, data: payload.data })
  return payload.data
}

/** What the build computed for `data`, when `data` is a module's registered data. */
export function precompiledResult<R>(data: unknown): R | undefined {
  return data !== null && typeof data === 'object' ? (results.get(data) as R | undefined) : undefined
}
