import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { buildOnce, cli, ROOT } from './cli-support.js'
import { runAction } from './support/action-runner.js'

const ACTION = join(ROOT, 'action.yml')
// The action installs the command-line package; here the workspace folder of this checkout.
const CLI_PACKAGE = join(ROOT, 'packages/cli')

describe('the GitHub Action (its steps executed as the runner would)', () => {
  let repo: string
  let runnerTemp: string
  beforeAll(() => {
    runnerTemp = mkdtempSync(join(tmpdir(), 'kefu-runner-'))
    buildOnce()
    // A checkout with a canned-reply library and a clean file.
    repo = mkdtempSync(join(tmpdir(), 'kefu-action-'))
    cpSync(join(ROOT, 'fixtures/demo/快捷短语.csv'), join(repo, 'replies', '快捷短语.csv'), { recursive: true })
    writeFileSync(join(repo, 'replies', 'clean.txt'), '好的，马上为您处理\n')
  }, 60_000)
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true })
    rmSync(runnerTemp, { recursive: true, force: true })
  })

  const expectedAnnotations = () => cli(['--format', 'github', '--', 'replies/快捷短语.csv'], { cwd: repo }).stdout

  it('annotates the pull request and fails on findings', () => {
    const run = runAction(ACTION, { package: CLI_PACKAGE, files: 'replies/快捷短语.csv\nreplies/clean.txt' }, { cwd: repo, runnerTemp })
    expect(run.steps.map((s) => [s.name, s.ran, s.exitCode])).toEqual([
      ['Install kefu-lint', true, 0],
      ['Lint', true, 0],
      ['Upload SARIF to code scanning', false, undefined],
      ['Fail on findings', true, 1],
    ])
    const lint = run.steps[1]!
    expect(lint.stdout).toBe(expectedAnnotations())
    expect(lint.stdout).toMatch(/^::(error|warning) file=replies\/快捷短语\.csv,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[\w-]+::/m)
    expect(run.outputs).toEqual({ 'exit-code': '1', 'sarif-file': '' })
    expect(run.failed).toBe(true)
  })

  it('passes clean files, and with fail-on-findings false only reports', () => {
    const clean = runAction(ACTION, { package: CLI_PACKAGE, files: 'replies/clean.txt' }, { cwd: repo, runnerTemp })
    expect(clean.failed).toBe(false)
    expect(clean.outputs['exit-code']).toBe('0')
    expect(clean.steps[1]!.stdout).toBe('')
    const lenient = runAction(ACTION, { package: CLI_PACKAGE, files: 'replies/*.csv', 'fail-on-findings': 'false' }, { cwd: repo, runnerTemp })
    expect(lenient.steps.map((s) => s.ran)).toEqual([true, true, false, false])
    expect(lenient.failed).toBe(false)
    // The glob reached kefu-lint unexpanded and matched the library.
    expect(lenient.steps[1]!.stdout).toBe(expectedAnnotations())
  })

  it('writes SARIF and hands it to the upload step when asked', () => {
    const run = runAction(ACTION, { package: CLI_PACKAGE, files: 'replies', sarif: 'true', 'sarif-file': 'out/kefu.sarif', args: '--profile strict' }, { cwd: repo, runnerTemp })
    expect(run.steps.map((s) => [s.name, s.ran, s.exitCode])).toEqual([
      ['Install kefu-lint', true, 0],
      ['Lint', true, 0],
      ['Upload SARIF to code scanning', true, undefined],
      ['Fail on findings', true, 1],
    ])
    expect(run.steps[2]).toMatchObject({ uses: 'github/codeql-action/upload-sarif@v3', with: { sarif_file: 'out/kefu.sarif', category: 'kefu-lint' } })
    const sarif = JSON.parse(readFileSync(join(repo, 'out/kefu.sarif'), 'utf8'))
    const direct = JSON.parse(cli(['--format', 'sarif', '--profile', 'strict', 'replies'], { cwd: repo }).stdout)
    expect(sarif.runs[0].tool.driver.name).toBe('kefu-lint')
    expect(sarif.runs[0].results).toEqual(direct.runs[0].results)
    expect(sarif.runs[0].results.length).toBeGreaterThan(0)
  })

  it('stops on a config it cannot read (exit 2), uploading nothing', () => {
    writeFileSync(join(repo, 'broken.json'), '{ "profile": ')
    const run = runAction(ACTION, { package: CLI_PACKAGE, files: 'replies', config: 'broken.json', sarif: 'true' }, { cwd: repo, runnerTemp })
    expect(run.steps.map((s) => [s.name, s.ran, s.exitCode])).toEqual([
      ['Install kefu-lint', true, 0],
      ['Lint', true, 2],
      ['Upload SARIF to code scanning', false, undefined],
      ['Fail on findings', false, undefined],
    ])
    expect(run.steps[1]!.stderr).toContain('broken.json: cannot read config')
    expect(existsSync(join(repo, 'kefu-lint.sarif'))).toBe(false)
  })
})

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string; language: string }[]

  it('offers kefu-lint and kefu-lint-fix as node hooks on reply files', () => {
    expect(hooks.map((h) => [h.id, h.entry, h.language])).toEqual([
      ['kefu-lint', 'kefu-lint', 'node'],
      ['kefu-lint-fix', 'kefu-lint --fix', 'node'],
    ])
    const files = new RegExp(hooks[0]!.files)
    expect(['快捷短语.csv', 'a/售后话术.yaml', 'chat.jsonl', 'x.xlsx'].filter((f) => files.test(f))).toHaveLength(4)
    expect(['README.md', 'src/index.ts', 'a.csv.bak'].filter((f) => files.test(f))).toEqual([])
  })

  it('runs as pre-commit would: the entry, then the staged file names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-hook-'))
    try {
      writeFileSync(join(dir, 'ok.txt'), '好的，马上为您处理\n')
      writeFileSync(join(dir, 'bad.txt'), '灰常好，木有问题\n')
      const [, ...args] = hooks[0]!.entry.split(' ')
      expect(cli([...args, 'ok.txt'], { cwd: dir }).code).toBe(0)
      expect(cli([...args, 'ok.txt', 'bad.txt'], { cwd: dir }).code).toBe(0) // warnings only
      const [, ...fixArgs] = hooks[1]!.entry.split(' ')
      const fixed = cli([...fixArgs, 'bad.txt'], { cwd: dir })
      expect(fixed.code).toBe(0)
      expect(readFileSync(join(dir, 'bad.txt'), 'utf8')).toBe('非常好，没有问题\n')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
