import { createRequire } from 'node:module'
import { isAbsolute, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { UsageError } from '../errors.js'
import type { FileResult, ReportContext, Reporter } from '../types.js'
import { reporters } from './index.js'

/**
 * `--format <name|path|package>`: a built-in name, or a formatter module, as ESLint takes them
 * (`./my-formatter.mjs`, `/abs/path.js`, `kefu-lint-formatter-foo`, `@scope/formatter`).
 *
 * A module gives either
 *  - `createWriter(out, ctx)`: a streaming writer (`findings`, `end`, `close`; see ReportWriter
 *    in types.ts): it sees each file's findings as they are made and writes to `out` —
 *    memory stays flat on any input; or
 *  - a default export `(results, ctx) => string`: simple, but every finding is collected first.
 */
export function isBuiltin(format: string): boolean {
  return Object.hasOwn(reporters, format)
}

/** Where a formatter module is, or undefined when `format` names none. */
export function formatterPath(format: string, cwd: string): string | undefined {
  const looksLikePath = format.startsWith('.') || isAbsolute(format) || /[\\/]/.test(format) && !format.startsWith('@') || /\.[cm]?js$/.test(format)
  if (looksLikePath) return resolve(cwd, format)
  try {
    return createRequire(resolve(cwd, 'package.json')).resolve(format)
  } catch {
    return undefined
  }
}

type Module = { createWriter?: Reporter; default?: unknown }

export async function loadReporter(format: string, cwd: string): Promise<Reporter> {
  if (isBuiltin(format)) return reporters[format]!
  const path = formatterPath(format, cwd)
  if (!path) throw new UsageError(`--format ${format}: not a built-in format (${Object.keys(reporters).join(', ')}) nor a formatter module`)
  let mod: Module
  try {
    mod = (await import(pathToFileURL(path).href)) as Module
  } catch (e) {
    throw new UsageError(`--format ${format}: cannot load the formatter: ${(e as Error).message}`)
  }
  const dflt = mod.default as Module | ((results: FileResult[], ctx: ReportContext) => unknown) | undefined
  const create = mod.createWriter ?? (dflt && typeof dflt === 'object' ? dflt.createWriter : undefined)
  if (typeof create === 'function') return create
  if (typeof dflt === 'function') return collecting(dflt as (results: FileResult[], ctx: ReportContext) => unknown, format)
  throw new UsageError(`--format ${format}: the module exports neither createWriter(out, ctx) nor a default (results, ctx) => string`)
}

/** A formatter of whole results: findings are collected per file, the text written at the end. */
function collecting(format: (results: FileResult[], ctx: ReportContext) => unknown, name: string): Reporter {
  return (out, ctx) => {
    const results: FileResult[] = []
    let messages: FileResult['messages'] = []
    return {
      findings(_file, ms) {
        for (const m of ms) messages.push(m)
      },
      end(s) {
        const r: FileResult = { file: s.file, messages, replies: s.replies, errors: s.errors }
        if (s.agents) r.agents = s.agents
        if (s.fixed) r.fixed = true
        results.push(r)
        messages = []
      },
      async close() {
        const text = await format(results, ctx)
        if (typeof text !== 'string') throw new UsageError(`--format ${name}: the formatter returned ${typeof text}, not a string`)
        out.write(text)
      },
    }
  }
}
