import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildOnce, cli, cliAsync } from './cli-support.js'

/**
 * Twenty-second session: a transcript tells each agent message what the agent already sent in its turn
 * (LintOptions.agentBefore). A closing template after an answer ignores nothing; after a mere 稍等 the turn is
 * still unanswered. Byte ranges (--jobs) must hand the same turn on across their seams.
 */
beforeAll(buildOnce, 180_000)

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-agent-before-'))
})

const line = (session: string, role: 'agent' | 'customer', text: string) =>
  JSON.stringify({ session, role, name: role === 'agent' ? '店:客服1' : 'b***1', text })

function curtFindings(stdout: string): Array<{ line: number; actual: string }> {
  return stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l))
    .filter((r) => r.type === 'finding' && r.ruleId === 'curt-reply')
    .map((r) => ({ line: r.line, actual: r.actual }))
}

describe('transcripts: the agent’s turn so far', () => {
  it('a closer after an answer passes; after a bare wait, or as the whole turn, it is reported', () => {
    const file = join(dir, 'turns.jsonl')
    writeFileSync(
      file,
      [
        line('A', 'customer', '运费险怎么不能买？'),
        line('A', 'agent', '这款是定制商品，平台不支持购买运费险的，退换运费我们承担'),
        line('A', 'agent', '请问还有其他可以帮到您的吗?'),
        line('B', 'customer', '运费险怎么不能买？'),
        line('B', 'agent', '还请您耐心等待一下哦'),
        line('B', 'agent', '请问还有其他可以帮到您的吗?'),
        line('C', 'customer', '运费险怎么不能买？'),
        line('C', 'agent', '请问还有其他可以帮到您的吗?'),
      ].join('\n') + '\n',
    )
    const r = cli(['--rules', 'curt-reply', '--format', 'jsonl', file])
    expect(r.stderr).toBe('')
    expect(curtFindings(r.stdout)).toEqual([
      { line: 6, actual: '请问还有其他可以帮到您的吗' },
      { line: 8, actual: '请问还有其他可以帮到您的吗' },
    ])
    // Warnings only: the exit code stays 0 (errors or --max-warnings fail a run).
    expect(r.code).toBe(0)
  })

  it('--jobs 1, 2 and 3 give the same report when turns straddle range seams', { timeout: 240_000 }, async () => {
    const file = join(dir, 'day.jsonl')
    let seed = 11
    const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32)
    const answers = ['这款是定制商品，不支持运费险，退换运费我们承担', '还请您耐心等待一下哦', '亲，在的', '好的', '抱歉']
    const lines: string[] = []
    for (let i = 0; i < 5000; i++) {
      const session = `S${Math.floor(rand() * 30)}`
      const roll = rand()
      if (roll < 0.35) lines.push(line(session, 'customer', '运费险怎么不能买？'))
      else if (roll < 0.65) lines.push(line(session, 'agent', '请问还有其他可以帮到您的吗?'))
      else lines.push(line(session, 'agent', answers[Math.floor(rand() * answers.length)]!))
    }
    writeFileSync(file, `${lines.join('\n')}\n`)
    const args = ['--rules', 'curt-reply', '--with-previous', '--format', 'jsonl', file]
    const env = { KEFU_LINT_RANGE_BYTES: '8192' }
    const [one, two, three] = await Promise.all(['1', '2', '3'].map((j) => cliAsync([...args, '--jobs', j], { env })))
    const closers = curtFindings(one!.stdout).filter((f) => f.actual === '请问还有其他可以帮到您的吗').length
    // Some closers follow an answer and pass, others do not.
    expect(closers).toBeGreaterThan(100)
    expect(closers).toBeLessThan(lines.filter((l) => l.includes('请问还有其他')).length)
    for (const r of [two, three]) {
      expect(r!.stderr).toBe('')
      expect(r!.stdout).toBe(one!.stdout)
    }
  })
})

/**
 * Session 28 (tt28): each agent message also gets what the agent sends after it in the same turn, before the customer
 * speaks again (LintOptions.agentAfter; src/cli/after.ts). A short apology the turn goes on to explain is not curt; one
 * followed only by a closer is. Replies wait for the rest of their turn and are reported in file order; byte ranges
 * (--jobs) read past their end for it, so every --jobs gives the same report.
 */
describe('transcripts: the rest of the agent’s turn', () => {
  it('an apology the turn explains passes; followed by a closer, by the customer or by nothing, it is reported', () => {
    const file = join(dir, 'turns.jsonl')
    writeFileSync(
      file,
      [
        line('A', 'customer', '这个杯子能换个颜色吗'),
        line('A', 'agent', '抱歉呀'),
        line('B', 'customer', '这个杯子能换个颜色吗'),
        line('A', 'agent', '活动杯子的颜色是随机配的，下单后改不了'),
        line('B', 'agent', '抱歉呀'),
        line('B', 'agent', '请问还有其他可以帮您的吗'),
        line('C', 'customer', '这个杯子能换个颜色吗'),
        line('C', 'agent', '抱歉呀'),
        line('C', 'customer', '那算了'),
        line('C', 'agent', '活动杯子的颜色是随机配的，下单后改不了'),
        line('D', 'customer', '这个杯子能换个颜色吗'),
        line('D', 'agent', '抱歉呀'),
      ].join('\n') + '\n',
    )
    const r = cli(['--rules', 'curt-reply', '--format', 'jsonl', file])
    expect(r.stderr).toBe('')
    expect(curtFindings(r.stdout)).toEqual([
      { line: 5, actual: '抱歉呀' },
      { line: 6, actual: '请问还有其他可以帮您的吗' },
      { line: 8, actual: '抱歉呀' },
      { line: 12, actual: '抱歉呀' },
    ])
    expect(r.code).toBe(0)
  })

  it('the rest of a turn is looked for at most AFTER_REACH turns of the file later', () => {
    const file = join(dir, 'reach.jsonl')
    const filler = Array.from({ length: 70 }, (_, i) => line(`X${i}`, 'customer', '在吗'))
    writeFileSync(
      file,
      [line('A', 'customer', '这个杯子能换个颜色吗'), line('A', 'agent', '抱歉呀'), ...filler, line('A', 'agent', '活动杯子的颜色是随机配的，下单后改不了')].join('\n') + '\n',
    )
    const r = cli(['--rules', 'curt-reply', '--format', 'jsonl', file])
    expect(curtFindings(r.stdout)).toEqual([{ line: 2, actual: '抱歉呀' }])
  })

  it('--jobs 1, 2 and 3 give the same report when split turns straddle range seams', { timeout: 240_000 }, async () => {
    const file = join(dir, 'day.jsonl')
    let seed = 7
    const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32)
    const later = ['活动杯子的颜色是随机配的，下单后改不了', '请问还有其他可以帮您的吗', '好的呢', '已经给配送站留言催了，今天下午给您送过去']
    const lines: string[] = []
    for (let i = 0; i < 5000; i++) {
      const session = `S${Math.floor(rand() * 12)}`
      const roll = rand()
      if (roll < 0.3) lines.push(line(session, 'customer', rand() < 0.5 ? '这个杯子能换个颜色吗' : '快点帮我催一下快递'))
      else if (roll < 0.6) lines.push(line(session, 'agent', rand() < 0.5 ? '抱歉呀' : '嗯嗯'))
      else lines.push(line(session, 'agent', later[Math.floor(rand() * later.length)]!))
    }
    writeFileSync(file, `${lines.join('\n')}\n`)
    const args = ['--rules', 'curt-reply', '--with-previous', '--format', 'jsonl', file]
    const env = { KEFU_LINT_RANGE_BYTES: '8192' }
    const [one, two, three] = await Promise.all(['1', '2', '3'].map((j) => cliAsync([...args, '--jobs', j], { env })))
    const short = curtFindings(one!.stdout).filter((f) => f.actual === '抱歉呀' || f.actual === '嗯嗯').length
    const all = lines.filter((l) => l.includes('"抱歉呀"') || l.includes('"嗯嗯"')).length
    // Some short messages are followed by their answer and pass, others are not.
    expect(short).toBeGreaterThan(100)
    expect(short).toBeLessThan(all - 100)
    for (const r of [two, three]) {
      expect(r!.stderr).toBe('')
      expect(r!.stdout).toBe(one!.stdout)
    }
  })
})
