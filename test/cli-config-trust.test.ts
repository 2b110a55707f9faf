import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildOnce, cli, lintJson } from './cli-support.js'

/**
 * Linting an untrusted folder must not run its code or let its configs (or a stray one in a
 * parent folder) change the results: configs are looked up within the working directory, code
 * runs only from the working directory or --config, a config above it needs `root: true`.
 */
beforeAll(buildOnce, 180_000)

const only = ['--rules', 'off-platform']
const OFF_PLATFORM = ['1:1-1:6 error off-platform 加我微信聊']

/** A config module that leaves a mark when it is imported, and turns the rule off. */
const HOSTILE_MJS = `import { writeFileSync } from 'node:fs'
writeFileSync(new URL('./ran', import.meta.url), 'imported')
export default { rules: { 'off-platform': 'off' } }
`

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kefu-trust-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

const at = (m: { line: number; column: number; endLine: number; endColumn: number; severity: string; ruleId: string; actual: string }) =>
  `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId} ${m.actual}`

describe('a config that runs code', () => {
  it('beside the linted files is not imported: a warning names it and the defaults apply', () => {
    const root = tree({ 'work/transcripts/kefulint.config.mjs': HOSTILE_MJS, 'work/transcripts/chat.txt': '加我微信聊\n' })
    const config = join(root, 'work/transcripts/kefulint.config.mjs')
    const r = lintJson([...only, 'transcripts'], { cwd: join(root, 'work') })
    expect(existsSync(join(root, 'work/transcripts/ran'))).toBe(false)
    expect(r.stderr).toBe(`kefu-lint: ${config}: not loaded: a config that runs code is only read from the working directory or given with --config\n`)
    expect(r.code).toBe(1)
    expect(r.results.map((f) => [f.file, f.messages.map(at)])).toEqual([['transcripts/chat.txt', OFF_PLATFORM]])
  })

  it('is not imported by --print-config either', () => {
    const root = tree({ 'work/transcripts/kefulint.config.mjs': HOSTILE_MJS, 'work/transcripts/chat.txt': '加我微信聊\n' })
    const r = cli(['--print-config', 'transcripts/chat.txt'], { cwd: join(root, 'work') })
    expect(r.code).toBe(0)
    expect(existsSync(join(root, 'work/transcripts/ran'))).toBe(false)
    expect(r.stderr).toContain('# config for transcripts/chat.txt: defaults (no config file found)')
  })

  it('runs when asked with --config, and from the working directory', () => {
    const root = tree({ 'work/transcripts/kefulint.config.mjs': HOSTILE_MJS, 'work/transcripts/chat.txt': '加我微信聊\n' })
    const asked = lintJson([...only, '--config', 'transcripts/kefulint.config.mjs', 'transcripts'], { cwd: join(root, 'work') })
    expect(existsSync(join(root, 'work/transcripts/ran'))).toBe(true)
    expect([asked.code, asked.stderr, asked.results[0]!.messages]).toEqual([0, '', []])
    const own = lintJson([...only, 'chat.txt'], { cwd: join(root, 'work/transcripts') })
    expect([own.code, own.stderr, own.results[0]!.messages]).toEqual([0, '', []])
  })
})

describe('where configs are looked up', () => {
  it('a file outside the working directory gets the working directory\'s config, not the one beside it', () => {
    const root = tree({
      'work/.kefulintrc.yaml': 'locale: en\n',
      'elsewhere/.kefulintrc.yaml': 'rules: { off-platform: off }\n',
      'elsewhere/chat.txt': '加我微信聊\n',
    })
    const r = lintJson([...only, '../elsewhere/chat.txt'], { cwd: join(root, 'work') })
    expect(r.code).toBe(1)
    expect(r.results[0]!.messages.map(at)).toEqual(OFF_PLATFORM)
    expect(r.results[0]!.messages[0]!.message).toMatch(/^“加我微信聊”/)
  })

  it('a config in a parent of the working directory is ignored with a warning unless it says root: true', () => {
    const root = tree({ 'shop/.kefulintrc.yaml': 'rules: { off-platform: off }\n', 'shop/work/chat.txt': '加我微信聊\n' })
    const parent = join(root, 'shop/.kefulintrc.yaml')
    const stray = lintJson([...only, 'chat.txt'], { cwd: join(root, 'shop/work') })
    expect(stray.stderr).toBe(`kefu-lint: ${parent}: not used: a config above the working directory needs \`root: true\`\n`)
    expect([stray.code, stray.results[0]!.messages.map(at)]).toEqual([1, OFF_PLATFORM])

    writeFileSync(parent, 'root: true\nrules: { off-platform: off }\n')
    const marked = lintJson([...only, 'chat.txt'], { cwd: join(root, 'shop/work') })
    expect([marked.code, marked.stderr, marked.results[0]!.messages]).toEqual([0, '', []])
  })

  it('root must be a boolean', () => {
    const root = tree({ '.kefulintrc.yaml': 'root: yes please\n', 'chat.txt': '加我微信聊\n' })
    const r = cli([...only, 'chat.txt'], { cwd: root })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`kefu-lint: ${join(root, '.kefulintrc.yaml')}: root: expected true or false, got "yes please"\n`)
  })

  it('--no-config-lookup uses the defaults and the command line only', () => {
    const root = tree({ '.kefulintrc.yaml': 'rules: { off-platform: off }\n', 'chat.txt': '加我微信聊\n' })
    expect(lintJson([...only, 'chat.txt'], { cwd: root }).results[0]!.messages).toEqual([])
    const r = lintJson([...only, '--no-config-lookup', 'chat.txt'], { cwd: root })
    expect([r.code, r.results[0]!.messages.map(at)]).toEqual([1, OFF_PLATFORM])
  })
})
