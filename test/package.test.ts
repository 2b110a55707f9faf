import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { publint } from 'publint'
import { beforeAll, describe, expect, it } from 'vitest'
import { reachedFrom } from '../scripts/prune-build.js'
import { buildOnce, ROOT } from './cli-support.js'

/**
 * The packages as a user gets them: both tarballs packed (`npm pack`), checked by publint
 * --strict and arethetypeswrong, and installed into fresh consumer projects that type-check
 * and run the library from ESM and CJS (node16 and bundler resolution) and run the CLI's bin.
 * Installs go through npm with --prefer-offline: the packages come from npm's cache when
 * `npm ci` has just filled it.
 */
beforeAll(buildOnce, 180_000)

const require = createRequire(import.meta.url)
const TSC = require.resolve('typescript/bin/tsc')
const ATTW = join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist/index.js')

/** npm run from a test sees the outer `npm test`'s npm_* settings; a consumer gets none of them. */
function npmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')))
}

interface Ran {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Runs a command to its end without blocking the test file: packs, installs, type-checks and
 * runs that do not depend on each other go side by side (most of their time is npm and tsc).
 * Killed after 240 s, as spawnSync's timeout did.
 */
function run(cmd: string, args: readonly string[], cwd: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: npmEnv(), stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', reject)
    child.on('close', (status, signal) => {
      if (signal) reject(new Error(`${cmd} ${args.join(' ')}: killed by ${signal}`))
      else resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') })
    })
  })
}

interface Packed {
  tarball: string
  files: string[]
}

/** `npm pack` of one package folder; dist was built by buildOnce (prepack builds it on a publish). */
async function pack(dir: string, into: string): Promise<Packed> {
  const r = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', into], dir)
  expect(r.status, r.stderr).toBe(0)
  const [info] = JSON.parse(r.stdout) as { filename: string; files: { path: string }[] }[]
  return { tarball: join(into, info!.filename), files: info!.files.map((f) => f.path).sort() }
}

async function consumer(name: string, tarballs: readonly string[]): Promise<string> {
  const dir = join(work, name)
  mkdirSync(dir)
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }))
  const r = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs], dir)
  expect(r.status, r.stdout + r.stderr).toBe(0)
  return dir
}

/** Every package folder under node_modules (scoped ones too, nested ones too). */
function installedPackages(nodeModules: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue
    const dirs = entry.name.startsWith('@') ? readdirSync(join(nodeModules, entry.name)).map((n) => `${entry.name}/${n}`) : [entry.name]
    for (const d of dirs) {
      found.push(d)
      if (existsSync(join(nodeModules, d, 'node_modules'))) found.push(...installedPackages(join(nodeModules, d, 'node_modules')))
    }
  }
  return found
}

const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  exports: Record<string, unknown>
  dependencies: Record<string, string>
}
const cliPackage = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as {
  version: string
  dependencies: Record<string, string>
}

let work = ''
let library: Packed
let cliPacked: Packed

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kefu-pack-'))
  ;[library, cliPacked] = await Promise.all([pack(ROOT, work), pack(join(ROOT, 'packages/cli'), work)])
}, 120_000)

describe.concurrent('package-lock.json', () => {
  it('is complete: npm resolving the manifests again writes it byte for byte (npm ci needs every platform package)', async () => {
    const dir = join(work, 'lock')
    mkdirSync(join(dir, 'packages/cli'), { recursive: true })
    for (const f of ['package.json', 'package-lock.json', '.npmrc', 'packages/cli/package.json']) writeFileSync(join(dir, f), readFileSync(join(ROOT, f)))
    const r = await run('npm', ['install', '--package-lock-only', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], dir)
    expect(r.status, r.stderr).toBe(0)
    expect(readFileSync(join(dir, 'package-lock.json'), 'utf8') === readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).toBe(true)
  }, 240_000)
})

// Side by side, attw and publint share the cores with installs and tsc: 240 s, as for the other runs.
describe.concurrent('the library tarball (kefu-lint)', { timeout: 240_000 }, () => {
  it('holds the built entries, the rule docs, README and LICENSE, and nothing of the CLI', () => {
    // The dist files an export names and the chunks they import, nothing else: not a chunk an
    // earlier build left behind (scripts/prune-build.ts; a day of builds left 1.2 GB of them).
    const exported = JSON.stringify(rootPackage.exports).match(/\.\/dist\/[\w.-]+/g)!.map((p) => p.slice(2))
    const entries = new Set(exported.map((p) => p.replace(/\.(d\.c?ts|c?js)$/, '')))
    const imported = reachedFrom(join(ROOT, 'dist'), exported.filter((p) => /\.c?js$/.test(p)).map((p) => p.slice('dist/'.length)))
    const stray = library.files.filter((f) => {
      if (['package.json', 'README.md', 'LICENSE'].includes(f) || /^rules\/[\w-]+\/README\.md$/.test(f)) return false
      const base = f.replace(/\.map$/, '').replace(/\.(d\.c?ts|c?js)$/, '')
      return !(entries.has(base) || imported.has(f.replace(/\.map$/, '').slice('dist/'.length)))
    })
    expect(stray).toEqual([])
    for (const f of ['LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/node.d.cts', 'rules/absolute-promise/README.md']) {
      expect(library.files).toContain(f)
    }
  })

  it('passes publint --strict', async () => {
    const { messages } = await publint({ pack: { tarball: readFileSync(library.tarball).buffer as ArrayBuffer }, strict: true, level: 'suggestion' })
    expect(messages).toEqual([])
  })

  it('passes arethetypeswrong: CJS consumers get CJS types for kefu-lint and kefu-lint/node', async () => {
    // kefu-lint/dom is a browser entry (ESM, and an IIFE file for a <script> tag): no CJS form.
    const r = await run(process.execPath, [ATTW, library.tarball, '--format', 'json', '--exclude-entrypoints', './dom', './dom.global.js'], work)
    const report = JSON.parse(r.stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }> } }
    expect(report.analysis.problems).toEqual([])
    expect(r.status).toBe(0)
    for (const entry of ['.', './node']) {
      const resolved = report.analysis.entrypoints[entry]!.resolutions
      expect(resolved['node16-cjs']!.resolution!.fileName).toMatch(/\.d\.cts$/)
      expect(resolved['node16-esm']!.resolution!.fileName).toMatch(/\.d\.ts$/)
    }
  })

  it('installs without the CLI world, and type-checks and runs from ESM and CJS (node16, bundler)', async () => {
    const dir = await consumer('lib-consumer', [library.tarball])
    const installed = installedPackages(join(dir, 'node_modules'))
    for (const cliOnly of ['commander', 'exceljs', 'chardet', 'iconv-lite', 'yaml', 'tinyglobby', 'cli-progress']) expect(installed).not.toContain(cliOnly)
    expect(installed).toEqual(expect.arrayContaining(['kefu-lint', 'zod', 'nspell', 'dictionary-en']))

    const src = join(dir, 'src')
    mkdirSync(src)
    const body = (from: string) => `import { createLinter, type LintMessage } from '${from}'
import { createLinter as createNodeLinter } from '${from}/node'
const messages: LintMessage[] = createLinter().lint('这款绝对不会掉色的').messages
const nodeIds: string[] = createNodeLinter().lint('亲 yyds 包邮哦').messages.map((m) => m.ruleId)
console.log(JSON.stringify([messages.map((m) => [m.ruleId, m.start, m.end]), nodeIds]))
`
    writeFileSync(join(src, 'esm.ts'), body('kefu-lint'))
    writeFileSync(join(src, 'cjs.cts'), body('kefu-lint'))
    const strict = { strict: true, skipLibCheck: false, types: [], target: 'ES2022', lib: ['ES2022', 'DOM'] }
    writeFileSync(join(dir, 'tsconfig.node16.json'), JSON.stringify({ compilerOptions: { ...strict, module: 'node16', moduleResolution: 'node16', outDir: 'out' }, include: ['src'] }))
    writeFileSync(join(dir, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { ...strict, module: 'preserve', moduleResolution: 'bundler', noEmit: true }, include: ['src'] }))
    const projects = ['tsconfig.node16.json', 'tsconfig.bundler.json']
    const checked = await Promise.all(projects.map((project) => run(process.execPath, [TSC, '-p', project], dir)))
    for (const [i, r] of checked.entries()) {
      expect(r.stdout + r.stderr, projects[i]).toBe('')
      expect(r.status).toBe(0)
    }
    // node16 emitted esm.js (import) and cjs.cjs (require): both run against the installed package.
    expect(readFileSync(join(dir, 'out/cjs.cjs'), 'utf8')).toContain('require("kefu-lint")')
    const expected = JSON.stringify([[['absolute-promise', 2, 4]], ['internet-slang']])
    const files = ['out/esm.js', 'out/cjs.cjs']
    const ran = await Promise.all(files.map((file) => run(process.execPath, [file], dir)))
    for (const [i, r] of ran.entries()) {
      const file = files[i]
      expect(r.stderr, file).toBe('')
      expect(r.stdout.trim(), file).toBe(expected)
    }
  }, 300_000)
})

describe.concurrent('the CLI tarball (kefu-lint-cli)', () => {
  it('keeps its version and the library dependencies it bundles in step with the library', () => {
    expect(cliPackage.version).toBe(rootPackage.version)
    // The CLI bundle inlines the library, so the library's runtime dependencies are its own.
    for (const [name, range] of Object.entries(rootPackage.dependencies)) {
      if (name.startsWith('@types/')) continue
      expect(cliPackage.dependencies[name], name).toBe(range)
    }
  })

  it('holds its bin and LICENSE, and the installed bin lints a file', async () => {
    expect(cliPacked.files).toEqual(expect.arrayContaining(['LICENSE', 'dist/cli.js', 'package.json']))
    // Every module file is one the bin imports (statically or lazily), none from an earlier build.
    const imported = reachedFrom(join(ROOT, 'packages/cli/dist'), ['cli.js'])
    expect(cliPacked.files.filter((f) => f.startsWith('dist/') && !imported.has(f.replace(/\.map$/, '').slice('dist/'.length)))).toEqual([])
    const dir = await consumer('cli-consumer', [cliPacked.tarball])
    writeFileSync(join(dir, 'replies.txt'), '明天肯定到\n')
    const bin = join(dir, 'node_modules/.bin/kefu-lint')
    const r = await run(bin, ['--format', 'json', 'replies.txt'], dir)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(1)
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[]
    expect(result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['1:3 absolute-promise'])
  }, 300_000)
})
