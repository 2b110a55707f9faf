import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

/**
 * Runs a composite action's steps the way the GitHub runner does, for tests: inputs with their
 * defaults, `if:` conditions, `run:` steps in `bash --noprofile --norc -eo pipefail`, and the
 * GITHUB_OUTPUT / GITHUB_PATH files between steps. `uses:` steps cannot run here (no network,
 * no Docker): they are recorded with their evaluated `with:`. Only the expression forms this
 * repository's action uses are understood; anything else throws rather than guesses.
 */
export interface StepRecord {
  name: string
  ran: boolean
  exitCode?: number
  stdout?: string
  stderr?: string
  uses?: string
  with?: Record<string, string>
}

interface ActionStep {
  name: string
  id?: string
  if?: string
  shell?: string
  run?: string
  uses?: string
  env?: Record<string, string>
  with?: Record<string, string>
}

export function loadAction(file: string) {
  return parse(readFileSync(file, 'utf8')) as {
    inputs: Record<string, { default?: string; required?: boolean }>
    outputs: Record<string, { value: string }>
    runs: { using: string; steps: ActionStep[] }
  }
}

export function runAction(file: string, given: Record<string, string>, options: { cwd: string; env?: Record<string, string>; runnerTemp?: string }) {
  const action = loadAction(file)
  if (action.runs.using !== 'composite') throw new Error(`only composite actions: ${action.runs.using}`)
  const inputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = given[name] ?? spec.default ?? ''
  for (const name of Object.keys(given)) if (!(name in action.inputs)) throw new Error(`unknown input ${name}`)
  const outputs: Record<string, Record<string, string>> = {}
  // Steps of one job share RUNNER_TEMP (so do the tests' runs, to install kefu-lint once).
  const temp = options.runnerTemp ?? mkdtempSync(join(options.cwd, '.runner-'))
  const files = mkdtempSync(join(temp, 'files-'))
  const pathFile = join(files, 'path')
  writeFileSync(pathFile, '')
  const records: StepRecord[] = []
  let failed = false

  const value = (path: string): string => {
    const parts = path.split('.')
    if (parts[0] === 'inputs' && parts.length === 2) return inputs[parts[1]!] ?? ''
    if (parts[0] === 'steps' && parts[2] === 'outputs' && parts.length === 4) return outputs[parts[1]!]?.[parts[3]!] ?? ''
    throw new Error(`expression not understood: ${path}`)
  }
  const substitute = (text: string) => text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_m, path: string) => value(path))
  const condition = (expr: string | undefined): boolean => {
    if (expr === undefined) return !failed
    const body = expr.replace(/^\$\{\{\s*|\s*\}\}$/g, '')
    let always = false
    const terms = body.split('&&').map((t) => t.trim())
    const result = terms.every((term) => {
      if (term === 'always()') return (always = true)
      const m = /^([\w.-]+)\s*(==|!=)\s*'([^']*)'$/.exec(term)
      if (!m) throw new Error(`condition not understood: ${term}`)
      return m[2] === '==' ? value(m[1]!) === m[3] : value(m[1]!) !== m[3]
    })
    // Without always() (or another status function) a step runs only while all is well.
    return result && (always || !failed)
  }

  for (const step of action.runs.steps) {
    if (!condition(step.if)) {
      records.push({ name: step.name, ran: false })
      continue
    }
    if (step.uses) {
      records.push({ name: step.name, ran: true, uses: step.uses, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(String(v))])) })
      continue
    }
    if (step.shell !== 'bash') throw new Error(`step ${step.name}: only bash steps`)
    if (step.run!.includes('${{')) throw new Error(`step ${step.name}: an expression inside run: (inputs must come through env)`)
    const outputFile = join(files, `output-${records.length}`)
    writeFileSync(outputFile, '')
    const extraPath = readFileSync(pathFile, 'utf8').split('\n').filter(Boolean).reverse()
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      ...options.env,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_PATH: pathFile,
      GITHUB_ACTIONS: 'true',
      PATH: [...extraPath, process.env.PATH].join(':'),
    }
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = substitute(String(v))
    const script = join(files, `step-${records.length}.sh`)
    writeFileSync(script, step.run!)
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: options.cwd, env, encoding: 'utf8' })
    if (step.id) {
      outputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter((line) => line.includes('='))
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      )
    }
    records.push({ name: step.name, ran: true, exitCode: r.status ?? -1, stdout: r.stdout, stderr: r.stderr })
    if (r.status !== 0) failed = true
  }
  const actionOutputs = Object.fromEntries(Object.entries(action.outputs).map(([k, o]) => [k, substitute(o.value)]))
  return { steps: records, outputs: actionOutputs, failed, temp }
}
