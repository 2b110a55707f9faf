import { applyFixes, type Linter } from '../node.js'
import { encodeText, type Encoding } from './decode.js'
import { applyEdits, patchOfEdits, type Edit } from './edits.js'
import { suppresses } from './inputs/directives.js'
import { replaceIfUnchanged, type ReadStamp } from './replace-file.js'
import type { Document, Turn } from './inputs/types.js'
import type { Target } from './lint.js'
import type { FileResult } from './types.js'

/** write: replace the file; dry-run: a diff; stdout: only the new bytes (stdin). */
export type FixMode = 'write' | 'dry-run' | 'stdout'

interface FixPlan {
  target: Target
  encoding: Encoding
  bytes: Uint8Array
  /** Size and mtime of the file when `bytes` were read. */
  stamp?: ReadStamp
  doc: Document
  turns: readonly Turn[]
  linter: Linter
  mode: FixMode
  result: FileResult
  diffs: string[]
}

/**
 * Applies the library's safe fixes to the reply cells of a canned-reply file. Only the changed
 * characters of each reply are rewritten, escaped the way that cell is written (CSV quotes,
 * JSON/YAML escapes); every other byte — encoding, BOM, quoting, line endings — stays as it was,
 * and the file is replaced atomically — unless it changed since it was read (then it is left as
 * it is and the run says so). Edits are applied in one pass, so fixing costs about what linting
 * costs. Returns the new bytes, or undefined when nothing changed or the file cannot be
 * rewritten safely (then nothing is written).
 */
export async function planFix(plan: FixPlan): Promise<Uint8Array | undefined> {
  const { doc, result } = plan
  // A file with unreadable rows or bytes is reported, never rewritten.
  if (result.errors.length) return undefined
  const edits: Edit[] = []
  for (const turn of plan.turns) {
    const fixed = fixReply(plan.linter, turn)
    if (fixed === turn.text) continue
    const [p, s] = changedRegion(turn.text, fixed)
    const replacement = turn.escape!(fixed.slice(p, fixed.length - s))
    if (replacement === undefined) continue
    edits.push({ from: turn.source!(p), to: turn.source!(turn.text.length - s), text: replacement })
  }
  if (edits.length === 0) return undefined
  // Re-encoding must give back the original bytes, or the rewrite would touch other bytes.
  if (!sameBytes(encodeText(doc.text, plan.encoding, plan.bytes), plan.bytes)) {
    result.errors.push({ message: `--fix: the file does not re-encode byte-for-byte as ${plan.encoding.name.toUpperCase()}; not rewritten` })
    return undefined
  }
  edits.sort((a, b) => a.from - b.from)
  const text = applyEdits(doc.text, edits)
  const bytes = encodeText(text, plan.encoding, plan.bytes)
  if (plan.mode === 'dry-run') {
    plan.diffs.push(patchOfEdits(plan.target.file, doc, edits))
    return bytes
  }
  // stdin: the fixed text goes to stdout; there is no file to replace.
  if (plan.mode === 'stdout') return bytes
  const changed = await replaceIfUnchanged(plan.target.path!, plan.bytes, plan.stamp, bytes)
  if (changed) {
    result.errors.push({ message: `--fix: ${changed}; not rewritten (run again to fix the new content)` })
    return undefined
  }
  return bytes
}

/** linter.fix, minus the rules a directive switched off for this reply. */
function fixReply(linter: Linter, turn: Turn): string {
  const disabled = turn.disabled
  if (!disabled) return linter.fix(turn.text).output
  let current = turn.text
  for (let pass = 0; pass < 3; pass++) {
    // Not marked as used: the report comes from linting the fixed file again.
    const messages = linter.lint(current).messages.filter((m) => !suppresses(disabled, m.ruleId, false))
    const { output, applied } = applyFixes(current, messages)
    if (applied === 0) break
    current = output
  }
  return current
}

/** Lengths of the common prefix and suffix, never splitting a surrogate pair. */
function changedRegion(a: string, b: string): [prefix: number, suffix: number] {
  let p = 0
  const max = Math.min(a.length, b.length)
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++
  if (p > 0 && isHigh(a.charCodeAt(p - 1))) p--
  let s = 0
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++
  if (s > 0 && isLow(a.charCodeAt(a.length - s))) s--
  return [p, s]
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))
}
