import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinRules } from '../src/index.js'
// @ts-expect-error plain ESM script without types
import { agentReplies } from '../scripts/real/rebuild.mjs'
// @ts-expect-error plain ESM script without types
import { agentReplies as jddcrecReplies } from '../scripts/real/rebuild-jddcrec.mjs'
// @ts-expect-error plain ESM script without types
import { agentReplies as csdsReplies } from '../scripts/real/rebuild-csds.mjs'
// @ts-expect-error plain ESM script without types
import { CORPORA, seededSample, scoreRealTraffic } from '../scripts/real/score.mjs'

const row = (session: string, waiter: string, text: string) => [session, 'USERID_1', waiter, '0', '0', 'nan', text].join('\t')

describe('scripts/real/rebuild.mjs agentReplies', () => {
  it('keeps agent lines with a line-numbered id and the customer’s last line as previous', () => {
    const raw = [
      row('s1', '1', '您好，请问有什么可以帮您'),
      row('s1', '0', '我想改地址'),
      row('s1', '0', '改到隔壁小区'),
      row('s1', '1', '好的，帮您看一下[数字x]'),
      row('s2', '0', '发票开了吗'),
      row('s1', '1', '已经改好了'),
      row('s2', '1', '开好了'),
      '',
    ].join('\n')
    expect(agentReplies(raw)).toEqual([
      { id: 's1:1', text: '您好，请问有什么可以帮您' },
      { id: 's1:4', text: '好的，帮您看一下[数字x]', previous: '改到隔壁小区' },
      { id: 's1:6', text: '已经改好了', previous: '改到隔壁小区' },
      { id: 's2:7', text: '开好了', previous: '发票开了吗' },
    ])
  })

  it('names the line of a malformed row', () => {
    expect(() => agentReplies(`${row('s1', '0', 'a')}\ns1\t1\tonly three`)).toThrow(
      'data/chat_0.1per.txt line 2: expected 7 tab-separated columns, got 3',
    )
    expect(() => agentReplies(row('s1', '2', 'a'))).toThrow('data/chat_0.1per.txt line 1: waiter_send is "2", expected 0 or 1')
  })
})

describe('scripts/real/score.mjs seededSample', () => {
  const ids = Array.from({ length: 100 }, (_, i) => `id${i}`)

  it('draws the same ids for the same seed and different ones for another seed', () => {
    const a = seededSample(ids, 10, 8)
    expect(seededSample(ids, 10, 8)).toEqual(a)
    expect(new Set(a).size).toBe(10)
    expect(a.every((id: string) => ids.includes(id))).toBe(true)
    expect(seededSample(ids, 10, 9)).not.toEqual(a)
    expect(ids[0]).toBe('id0') // the input is not shuffled in place
  })
})

describe('scripts/real/rebuild-jddcrec.mjs agentReplies', () => {
  it('keeps agent turns with the dialogue id and turn index, the customer’s last non-empty turn as previous', () => {
    const dialogues = [
      { id: 'd1', dialogs: ['  您好，在的  ', '我要退货', '', '好的，帮您申请', '0', 'ab'.repeat(16) + '.jpg', '<url>', '已申请'], roles: ['客服', '顾客', '顾客', '客服', '客服', '客服', '客服', '客服'] },
      { id: 'd2', dialogs: ['能便宜点吗', '不能哦'], roles: ['顾客', '客服'] },
    ]
    expect(jddcrecReplies(dialogues, 'x.json')).toEqual([
      { id: 'd1:0', text: '您好，在的' },
      { id: 'd1:3', text: '好的，帮您申请', previous: '我要退货' },
      { id: 'd1:7', text: '已申请', previous: '我要退货' },
      { id: 'd2:1', text: '不能哦', previous: '能便宜点吗' },
    ])
  })

  it('names the file and dialogue of a malformed one', () => {
    expect(() => jddcrecReplies([{ id: 'd9', dialogs: ['a'], roles: ['顾客', '客服'] }], '1_dev.json')).toThrow('1_dev.json: dialogue d9: dialogs and roles differ in length')
    expect(() => jddcrecReplies([{ id: 'd9', dialogs: ['a'], roles: ['店长'] }], '1_dev.json')).toThrow('1_dev.json: dialogue d9 turn 0: unknown role "店长"')
  })
})

describe('scripts/real/rebuild-csds.mjs agentReplies', () => {
  const dialogue = (...turns: string[]) => turns.join('[SEP][CLS]')
  const cut = '这边给您看了一下物流信息显示包裹已经到达您所在城市的站点了正在派送' // 33 characters: the source may have cut it

  it('keeps a buyer session once per dialogue, with previous and the agent messages of the turn, cut ones as context only', () => {
    const records = [
      { Dialogue: dialogue('用户:在吗', '客服:您好', '客服:请问有什么可以帮您', '用户:快递到哪了', `客服:${cut}`, '客服:请您耐心等待', '用户:', '客服:还有其他问题吗'), Topic: 'a' },
      { Dialogue: dialogue('用户:在吗', '客服:您好', '客服:请问有什么可以帮您', '用户:快递到哪了', `客服:${cut}`, '客服:请您耐心等待', '用户:', '客服:还有其他问题吗'), Topic: 'b' },
      { Dialogue: dialogue('商家:货到了吗', '客服:到了'), Topic: 'a' },
      { Dialogue: dialogue('客服:您好', '用户:发票'), Topic: 'a' },
    ]
    expect(csdsReplies('val', JSON.stringify(records), new Set())).toEqual([
      { id: 'csds-tods-val-d0-t1', text: '您好', previous: '在吗' },
      { id: 'csds-tods-val-d0-t2', text: '请问有什么可以帮您', previous: '在吗', agentBefore: '您好' },
      { id: 'csds-tods-val-d0-t5', text: '请您耐心等待', previous: '快递到哪了', agentBefore: cut },
      { id: 'csds-tods-val-d0-t7', text: '还有其他问题吗', previous: '快递到哪了', agentBefore: `${cut}\n请您耐心等待` },
      { id: 'csds-tods-val-d2-t0', text: '您好' },
    ])
    expect(csdsReplies('test', JSON.stringify(records), new Set(['test-d0'])).map((r: { id: string }) => r.id)).toEqual(['csds-tods-test-d2-t0'])
  })

  it('names the split, dialogue and turn of a malformed one', () => {
    expect(() => csdsReplies('val', JSON.stringify([{ Dialogue: dialogue('用户:在吗', '店长:在') }]), new Set())).toThrow('val: dialogue 0, turn 1: unknown role 店长')
    expect(() => csdsReplies('val', JSON.stringify([{ Dialogue: dialogue('用户:在吗', '没有角色') }]), new Set())).toThrow('val: dialogue 0, turn 1 has no role')
    expect(() => csdsReplies('test', JSON.stringify([{ Topic: 'a' }]), new Set())).toThrow('test: record 0 has no Dialogue string')
  })
})

describe('scripts/real/score.mjs corpora', () => {
  it('knows the four real corpora and refuses an unknown one by name', async () => {
    expect(Object.keys(CORPORA)).toEqual(['jddc', 'jddcrec', 'asap', 'csds'])
    await expect(scoreRealTraffic(['--corpus', 'taobao'])).rejects.toThrow('real traffic: unknown corpus "taobao"; known: jddc, jddcrec, asap, csds')
  })
})

describe.each([
  ['fixtures/eval/real', /^[0-9a-f-]+:\d+$/, 400],
  ['fixtures/eval/real-jddcrec', /^[0-9a-f-]+:\d+$/, 600],
  ['fixtures/eval/real-asap', /^uss-jddc-(valid|test)-\d{4}:\d+$/, 600],
  ['fixtures/eval/real-csds', /^csds-tods-(val|test)-d\d+-t\d+$/, 600],
])('%s labels', (dir, idShape, minSample) => {
  const RULES = builtinRules.map((r) => r.meta.id)
  const read = (name: string) =>
    readFileSync(join(__dirname, '..', dir, name), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))

  it('flags.jsonl holds one verdict per (id, rule) and no reply text', () => {
    const flags = read('flags.jsonl')
    const keys = new Set<string>()
    for (const f of flags) {
      expect(Object.keys(f).every((k) => ['id', 'rule', 'severity', 'actual', 'verdict', 'reason'].includes(k))).toBe(true)
      expect(f.id).toMatch(idShape)
      expect(RULES).toContain(f.rule)
      expect(['error', 'warning']).toContain(f.severity)
      expect(['upheld', 'not-upheld']).toContain(f.verdict)
      expect(typeof f.reason).toBe('string')
      if (f.actual !== undefined) expect([...f.actual].length).toBeLessThanOrEqual(6)
      keys.add(`${f.id}\t${f.rule}`)
    }
    expect(keys.size).toBe(flags.length)
  })

  it(`misses.jsonl samples at least ${minSample} distinct ids with known rule ids`, () => {
    const misses = read('misses.jsonl')
    expect(misses.length).toBeGreaterThanOrEqual(minSample)
    expect(new Set(misses.map((m) => m.id)).size).toBe(misses.length)
    for (const m of misses) {
      expect(Object.keys(m).every((k) => ['id', 'rules', 'reason'].includes(k))).toBe(true)
      for (const rule of m.rules) expect(RULES).toContain(rule)
      expect(m.reason === undefined || m.rules.length > 0).toBe(true)
    }
  })
})
