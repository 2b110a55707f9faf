import { distance } from 'fastest-levenshtein'
import type { Severity } from '../../types.js'

/**
 * Directives in comments, as ESLint has them:
 *
 *   # kefu-lint-disable [rule, rule…] [-- reason]       switches rules off until an enable (or the end)
 *   # kefu-lint-enable [rule, rule…]                    switches them on again
 *   # kefu-lint-disable-next-line [rule…] [-- reason]   for the reply on the next line that is not blank or a comment
 *   reply text  # kefu-lint-disable-line [rule…]        for the reply on this line (layouts with same-line comments)
 *
 * Without rule ids a directive concerns every rule. A directive acts on whole replies: a reply
 * is switched off when it starts inside a disabled block (or is on the line a line directive
 * names). Readers decide what a comment is in their layout; this module reads the directive
 * out of one and keeps track of which ones switched something off.
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line'

export interface Directive {
  kind: DirectiveKind | 'unknown'
  /** As written after `kefu-lint-` (reported when unknown). */
  name: string
  /** Rule ids named, with their 1-based column in the file; empty: every rule. */
  rules: { id: string; column: number }[]
  reason?: string
  /** 1-based line and column of `kefu-lint-…` in the file. */
  line: number
  column: number
  /** Rule ids of findings it switched off (a disable), or of disables it ended (an enable); '*' for any. */
  used: Set<string>
}

/** A directive in a whole comment line (`#` or `//` first); the kinds a line comment can hold. */
const LINE_COMMENT = /^(\s*(?:#|\/\/)\s*)kefu-lint-([\w-]+)(.*)$/
/**
 * A same-line directive after a reply in plain text: whitespace, `#`, then
 * `kefu-lint-disable-line`. The whitespace keeps topic tags (`#双11#`) and `#` inside a reply
 * from ever being read as one.
 */
const TRAILING = /\s#\s*kefu-lint-disable-line(?=\s|$)(.*)$/

const KINDS: readonly string[] = ['disable', 'enable', 'disable-line', 'disable-next-line']

/** The directive in a comment line (`# kefu-lint-…`), or undefined when the line holds none. */
export function parseDirectiveLine(text: string, line: number): Directive | undefined {
  const m = LINE_COMMENT.exec(text)
  if (!m) return undefined
  const name = m[2]!
  const at = m[1]!.length
  return build(KINDS.includes(name) ? (name as DirectiveKind) : 'unknown', name, m[3]!, at + 'kefu-lint-'.length + name.length, line, at + 1)
}

/**
 * A same-line directive at the end of a reply's line (` # kefu-lint-disable-line …`): the
 * reply without it, and the directive. Undefined when the line has none.
 */
export function splitTrailing(text: string, line: number, column = 1): { text: string; directive: Directive } | undefined {
  const m = TRAILING.exec(text)
  if (!m) return undefined
  const hash = text.indexOf('#', m.index)
  const keyword = text.indexOf('kefu-lint-disable-line', hash)
  const argsAt = keyword + 'kefu-lint-disable-line'.length
  return { text: text.slice(0, m.index), directive: build('disable-line', 'disable-line', m[1]!, argsAt + column - 1, line, keyword + column) }
}

/** Rule ids, then `-- reason`; `args` starts at 0-based column `at` of the line. */
function build(kind: Directive['kind'], name: string, args: string, at: number, line: number, column: number): Directive {
  const cut = args.search(/(?:^|\s)--(?:\s|$)/)
  const list = cut === -1 ? args : args.slice(0, cut)
  const reason = cut === -1 ? undefined : args.slice(cut).replace(/^\s*--\s*/, '').trim()
  const rules: Directive['rules'] = []
  for (const m of list.matchAll(/[^\s,]+/g)) rules.push({ id: m[0], column: at + m.index + 1 })
  const d: Directive = { kind, name, rules, line, column, used: new Set() }
  if (reason) d.reason = reason
  return d
}

/** Whether a text mentions a directive at all (cheap check before treating `#` lines as comments). */
export function hasDirectives(text: string): boolean {
  return /^\s*(?:#|\/\/)\s*kefu-lint-/m.test(text)
}

/** One directive in force for a reply: the rules it switches off, less those enabled since. */
interface Active {
  directive: Directive
  rules: ReadonlySet<string> | true
  except?: ReadonlySet<string>
}

/** What is switched off for one reply, most specific first (same line, next line, innermost block). */
export type Suppression = readonly Active[]

/**
 * Whether a finding of `ruleId` is switched off for the reply; with `mark`, the directive that
 * switched it off is remembered as used (for --report-unused-disable-directives).
 */
export function suppresses(s: Suppression, ruleId: string, mark = true): boolean {
  for (const a of s) {
    if ((a.rules === true || a.rules.has(ruleId)) && !a.except?.has(ruleId)) {
      if (mark) a.directive.used.add(ruleId)
      return true
    }
  }
  return false
}

const ruleSet = (d: Directive): ReadonlySet<string> | true => (d.rules.length ? new Set(d.rules.map((r) => r.id)) : true)

/**
 * The directives of one file in file order, and what they switch off for each reply. Readers
 * call `comment` for each directive on a comment line, `reply` for each reply; the directives
 * reach the file's report through `onDirective`.
 */
export class DirectiveState {
  /** Block disables in force; replaced (never changed) when a directive changes it, so replies can share it. */
  private blocks: Active[] = []
  private pending: { directive: Directive; line: number | undefined }[] = []
  private readonly seen = new WeakSet<Directive>()

  constructor(private readonly onDirective: ((d: Directive) => void) | undefined) {}

  /**
   * A directive on a comment line. `nextLine`: the line a disable-next-line is for, when the
   * reader knows it (YAML); otherwise the next reply.
   */
  comment(d: Directive, nextLine?: number): void {
    this.onDirective?.(d)
    if (d.kind === 'disable') this.blocks = [{ directive: d, rules: ruleSet(d) }, ...this.blocks]
    else if (d.kind === 'enable') this.enable(d)
    else if (d.kind === 'disable-next-line') this.pending.push({ directive: d, line: nextLine })
  }

  private enable(d: Directive): void {
    if (!d.rules.length) {
      if (this.blocks.length) d.used.add('*')
      this.blocks = []
      return
    }
    const ids = d.rules.map((r) => r.id)
    const blocks: Active[] = []
    for (const a of this.blocks) {
      const hit = ids.filter((id) => (a.rules === true || a.rules.has(id)) && !a.except?.has(id))
      for (const id of hit) d.used.add(id)
      if (!hit.length) blocks.push(a)
      else if (a.rules === true) blocks.push({ ...a, except: new Set([...(a.except ?? []), ...hit]) })
      else {
        const left = [...a.rules].filter((id) => !hit.includes(id))
        if (left.length) blocks.push({ ...a, rules: new Set(left) })
      }
    }
    this.blocks = blocks
  }

  /** What is switched off for the reply starting on `line` (`sameLine`: its own line directive). */
  reply(line: number, sameLine?: Directive): Suppression | undefined {
    let own: Active[] | undefined
    if (sameLine) {
      if (!this.seen.has(sameLine)) this.onDirective?.(sameLine)
      this.seen.add(sameLine)
      own = [{ directive: sameLine, rules: ruleSet(sameLine) }]
    }
    if (this.pending.length) {
      const left: typeof this.pending = []
      for (const p of this.pending) {
        if (p.line === undefined || p.line === line) (own ??= []).push({ directive: p.directive, rules: ruleSet(p.directive) })
        else if (p.line > line) left.push(p)
      }
      this.pending = left
    }
    if (!own) return this.blocks.length ? this.blocks : undefined
    return this.blocks.length ? [...own, ...this.blocks] : own
  }
}

/** What is reported about directives, with the line and column of the words concerned. */
export interface DirectiveProblem {
  ruleId: 'unknown-directive' | 'unknown-rule-in-directive' | 'unused-disable-directive'
  severity: Severity
  message: string
  line: number
  column: number
  /** The words reported. */
  actual: string
  expected: string[]
}

/**
 * Unknown directives and rule ids (always errors: a misspelt directive switches nothing off),
 * and, at `unused` severity, directives that switched nothing off.
 */
export function directiveProblems(directives: readonly Directive[], known: readonly string[], unused: Severity | 'off'): DirectiveProblem[] {
  const out: DirectiveProblem[] = []
  const knownSet = new Set(known)
  for (const d of directives) {
    if (d.kind === 'unknown') {
      const near = nearest(d.name, KINDS)
      out.push({
        ruleId: 'unknown-directive',
        severity: 'error',
        message: `unknown directive "kefu-lint-${d.name}"${near ? `; did you mean "kefu-lint-${near}"?` : ''} (directives: ${KINDS.map((k) => `kefu-lint-${k}`).join(', ')})`,
        line: d.line,
        column: d.column,
        actual: `kefu-lint-${d.name}`,
        expected: near ? [`kefu-lint-${near}`] : [],
      })
      continue
    }
    const unknown = d.rules.filter((r) => !knownSet.has(r.id))
    for (const r of unknown) {
      const near = nearest(r.id, known)
      out.push({
        ruleId: 'unknown-rule-in-directive',
        severity: 'error',
        message: `unknown rule "${r.id}" in kefu-lint-${d.kind}${near ? `; did you mean "${near}"?` : ''} (known rules: ${known.join(', ')})`,
        line: d.line,
        column: r.column,
        actual: r.id,
        expected: near ? [near] : [],
      })
    }
    if (unused === 'off') continue
    const where = { line: d.line, column: d.column, actual: `kefu-lint-${d.kind}`, expected: [] as string[], severity: unused, ruleId: 'unused-disable-directive' as const }
    if (d.kind === 'enable') {
      if (!d.rules.length && !d.used.size) out.push({ ...where, message: 'unused kefu-lint-enable directive (no kefu-lint-disable was in force)' })
      for (const r of d.rules) if (!d.used.has(r.id) && knownSet.has(r.id)) out.push({ ...where, message: `unused kefu-lint-enable directive (no kefu-lint-disable was switching off "${r.id}")` })
    } else if (!d.rules.length) {
      if (!d.used.size) out.push({ ...where, message: `unused kefu-lint-${d.kind} directive (no problems were reported)` })
    } else {
      for (const r of d.rules) if (!d.used.has(r.id) && knownSet.has(r.id)) out.push({ ...where, message: `unused kefu-lint-${d.kind} directive (no problems were reported from "${r.id}")` })
    }
  }
  return out
}

/** The known name closest to a misspelt one (edit distance at most a third of its length, at least 2). */
export function nearest(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const n of names) {
    const d = distance(word.toLowerCase(), n.toLowerCase())
    if (d < bestDistance) {
      best = n
      bestDistance = d
    }
  }
  return best
}
