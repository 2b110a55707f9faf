import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, type BuildResult, type Plugin } from 'esbuild'
import { yamlToModule } from '../scripts/yaml-loader.js'

/**
 * The library entry must bundle for a browser: nothing reachable from src/index.ts may
 * import a Node built-in. esbuild with platform 'browser' refuses to resolve them, so a
 * successful build is the proof; the bundle is then run to lint a reply.
 */
const root = new URL('..', import.meta.url)
const yamlPlugin: Plugin = {
  name: 'kefu-lint-yaml',
  setup(b) {
    b.onLoad({ filter: /\.yaml$/ }, ({ path }) => ({ contents: yamlToModule(readFileSync(path, 'utf8'), path), loader: 'js' }))
  },
}

async function bundle(entry: string): Promise<BuildResult & { outputFiles: { text: string }[] }> {
  return build({
    absWorkingDir: root.pathname,
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [yamlPlugin],
  })
}

// Ways a Node built-in can show up in bundled code.
const NODE_BUILTIN = /\b(?:require\(\s*["'](?:node:)?(?:fs|path|os|module|url|child_process|worker_threads|crypto|util|stream)["']\s*\)|from\s*["']node:|import\(\s*["']node:|process\.versions\.node)/

describe('browser bundle of the library entry', () => {
  let code = ''
  let dir = ''

  beforeAll(async () => {
    const result = await bundle('src/index.ts')
    expect(result.errors).toEqual([])
    code = result.outputFiles[0]!.text
    dir = mkdtempSync(join(tmpdir(), 'kefu-lint-browser-'))
  }, 60_000)

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('builds with platform "browser" and contains no Node built-in import', () => {
    expect(code.length).toBeGreaterThan(10_000)
    expect(code).not.toMatch(NODE_BUILTIN)
    // No YAML parser at run time: lexicons are compiled into plain data.
    expect(code).not.toMatch(/from\s*["']yaml["']/)
    expect(code).toContain('absolute-promise')
  })

  it('runs: the bundle lints and fixes a reply without the Node entry', async () => {
    const file = join(dir, 'kefu-lint.browser.mjs')
    writeFileSync(file, code)
    const lib = (await import(pathToFileURL(file).href)) as typeof import('../src/index.js')
    const linter = lib.createLinter()
    const { messages } = linter.lint('亲，這款絕對不會褪色的')
    expect(messages.map((m) => [m.ruleId, m.actual, m.start, m.end, m.severity])).toEqual([['absolute-promise', '絕對', 4, 6, 'error']])
    expect(linter.fix('保证明天到').output).toBe('保证明天到')
    const [paragraph] = lib.parseChinese('好的。保证明天到').children
    expect(paragraph?.type === 'ParagraphNode' && paragraph.children.map((s) => s.type)).toEqual(['SentenceNode', 'SentenceNode'])
  })

  it('is a real check: the Node entry does not bundle for the browser', async () => {
    const failure = await bundle('src/node.ts').then(
      () => undefined,
      (error: { errors?: { text: string }[] }) => error.errors?.map((e) => e.text).join('\n') ?? String(error),
    )
    expect(failure).toMatch(/node:fs|node:module|node:path/)
  })
})
