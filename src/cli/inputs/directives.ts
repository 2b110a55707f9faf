/**
 * `# kefu-lint-disable-next-line [rule, rule…]` (also with `//`) on its own line switches rules
 * off for the reply that follows; without rule ids it switches every rule off.
 */
const DIRECTIVE = /^\s*(?:#|\/\/)\s*kefu-lint-disable-next-line\b(.*)$/

export function parseDirective(line: string): ReadonlySet<string> | true | undefined {
  const m = DIRECTIVE.exec(line)
  if (!m) return undefined
  // Text after `--` is a reason, as in ESLint.
  const ids = m[1]!.split('--')[0]!.split(/[\s,]+/).filter(Boolean)
  return ids.length ? new Set(ids) : true
}

/** Whether a file mentions a directive at all (cheap check before enabling comment lines). */
export function hasDirectives(text: string): boolean {
  return /^\s*(?:#|\/\/)\s*kefu-lint-/m.test(text)
}
