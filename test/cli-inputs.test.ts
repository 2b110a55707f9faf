import { beforeAll, describe, expect, it } from 'vitest'
import { at, buildOnce, cli, lintJson } from './cli-support.js'

/**
 * Every input format and encoding, on committed fixtures with known problems at known rows.
 * Only absolute-promise runs (--rules), so other rules landing does not change these outputs.
 */
beforeAll(buildOnce, 180_000)

// --with-previous: these tests check the context each reply answers (record.previous).
const only = ['--rules', 'absolute-promise', '--with-previous']
const lint = (file: string, ...args: string[]) => lintJson([...only, ...args, `fixtures/cli/${file}`])

/** The 千牛 快捷短语 table of make-encoded.mjs: same rows, same file positions in every encoding. */
const PHRASE_FINDINGS = [
  '3:12-3:14 warning absolute-promise 肯定',
  '6:4-6:6 error absolute-promise 绝对',
  '7:11-7:15 info absolute-promise 正品保证',
  '9:17-9:19 error absolute-promise 保准',
]

describe('千牛 快捷短语 CSV in every encoding', () => {
  for (const file of ['phrases.utf8-bom.csv', 'phrases.gbk.csv', 'phrases.utf16le.txt', 'phrases.utf16be.csv']) {
    it(file, () => {
      const { code, results } = lint(`encodings/${file}`)
      expect(code).toBe(1)
      const [r] = results
      expect(r!.errors).toEqual([])
      expect(r!.replies).toBe(9)
      expect(r!.messages.map(at)).toEqual(PHRASE_FINDINGS)
      // Row (as a spreadsheet numbers it, header = row 1), code and group of the 快捷短语 the
      // finding is in; the multi-line cell is row 5.
      expect(r!.messages.map((m) => [m.record.row, m.record.code, m.record.group, m.record.column])).toEqual([
        [3, 'fh', '发货', '快捷短语'],
        [5, 'ds', '售后', '快捷短语'],
        [6, 'zp', '售前', '快捷短语'],
        [8, 'cm', '售前', '快捷短语'],
      ])
      // Offsets inside the reply stay the library's; "" in the file is one quote in the reply.
      expect(r!.messages[2]!.record.text).toBe('我们家是"正品保证"的，假一赔十')
      expect([r!.messages[2]!.start, r!.messages[2]!.end]).toEqual([5, 9])
    })
  }

  it('--encoding forces a decoding (GBK read as UTF-8 is undecodable, exit 2)', () => {
    const forced = lint('encodings/phrases.gbk.csv', '--encoding', 'gbk')
    expect(forced.results[0]!.messages.map(at)).toEqual(PHRASE_FINDINGS)
    const wrong = lint('encodings/phrases.gbk.csv', '--encoding', 'utf-8')
    expect(wrong.code).toBe(2)
    expect(wrong.results[0]!.errors[0]).toEqual({
      message: 'undecodable bytes: not valid UTF-8 (shown as U+FFFD; use --encoding if the file is in another encoding)',
      line: 1,
    })
  })

  it('rejects an unknown --encoding as a usage error', () => {
    const r = cli([...only, '--encoding', 'klingon', 'fixtures/cli/encodings/phrases.gbk.csv'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('unknown encoding')
  })
})

describe('XLSX 快捷短语 workbook', () => {
  it('reads the 快捷短语 sheet (Excel header 快捷编码), skips the notes sheet; positions are [sheet row, character]', () => {
    const { code, results } = lint('encodings/phrases.xlsx')
    expect(code).toBe(1)
    expect(results[0]!.replies).toBe(9)
    expect(results[0]!.messages.map(at)).toEqual([
      '3:9-3:11 warning absolute-promise 肯定',
      '5:13-5:15 error absolute-promise 绝对',
      '6:6-6:10 info absolute-promise 正品保证',
      '8:14-8:16 error absolute-promise 保准',
    ])
    expect(results[0]!.messages[0]!.record).toMatchObject({ sheet: '快捷短语', row: 3, cell: '快捷短语!B3', code: 'fh', group: '发货' })
  })
})

describe('plain text', () => {
  it('one reply per line; comments, blank lines and a disable directive are not replies; #话题# lines are', () => {
    const { code, results } = lint('formats/replies.txt')
    expect(code).toBe(1)
    expect(results[0]!.replies).toBe(7)
    expect(results[0]!.messages.map(at)).toEqual([
      '4:10-4:12 warning absolute-promise 保证',
      // 明天一定给您发出: dispatch is the shop's own doing, committed with 一定 (advisory).
      '7:16-7:18 info absolute-promise 一定',
      '9:7-9:9 error absolute-promise 绝对',
    ])
    expect(results[0]!.messages[1]!.record).toEqual({ index: 4, text: '#双11# 活动期间下单，明天一定给您发出' })
  })

  it('GB18030 without a BOM is detected', () => {
    const { results } = lint('encodings/replies.gb18030.txt')
    expect(results[0]!.errors).toEqual([])
    expect(results[0]!.messages.map(at)).toEqual([
      '2:6-2:8 error absolute-promise 绝对', // 保暖 is an efficacy outcome the shop does not control (src/vocab)
      // s38 (ap38): the performance under an extreme condition stated flat is a promise of its own (零下二十度都不冷).
      '2:11-2:19 error absolute-promise 零下二十度都不冷',
      '4:7-4:11 info absolute-promise 包退包换',
      '5:8-5:10 error absolute-promise 肯定',
    ])
  })

  it('stdin with -, and with --stdin-filename for detection', () => {
    const r = lintJson([...only, '-'], { input: '好的亲\n这款肯定不会掉色\n' })
    expect(r.code).toBe(1)
    expect(r.results.map((x) => x.file)).toEqual(['<stdin>'])
    expect(r.results[0]!.messages.map(at)).toEqual(['2:3-2:5 error absolute-promise 肯定'])
    const csv = lintJson([...only, '--stdin-filename', 'phrases.csv', '-'], { input: '快捷短语编码,快捷短语,快捷短语分组\nx1,保证明天到,物流\n' })
    expect(csv.results[0]!.file).toBe('phrases.csv')
    expect(csv.results[0]!.messages.map((m) => [at(m), m.record.row, m.record.code])).toEqual([['2:4-2:6 error absolute-promise 保证', 2, 'x1']])
  })
})

describe('JSON and YAML libraries', () => {
  it('JSON array of {code, text, group}: positions through escapes (\\" and \\uXXXX)', () => {
    const { results } = lint('formats/library.json')
    expect(results[0]!.replies).toBe(5)
    expect(results[0]!.messages.map((m) => [at(m), m.record.code, m.record.group])).toEqual([
      ['3:36-3:38 warning absolute-promise 肯定', 'fh', '发货'],
      // After \" and a \n escape: 洗了绝对 sits on the same file line, columns count source characters.
      ['4:43-4:45 error absolute-promise 绝对', 'ds', '售后'],
      // "\u4eb2\uff0c\u767e\u5206\u767e…": 百分百 spans three six-character escapes.
      ['5:40-5:58 info absolute-promise 百分百', 'u1', '售前'],
    ])
  })

  it('grouped JSON: keys are groups, nested groups joined with /', () => {
    const { results } = lint('formats/grouped.json')
    expect(results[0]!.replies).toBe(6)
    expect(results[0]!.messages.map((m) => [at(m), m.record.group])).toEqual([
      ['2:28-2:30 error absolute-promise 保准', '售前'],
      ['4:32-4:36 info absolute-promise 包退包换', '售后/退换'],
      ['5:28-5:30 error absolute-promise 肯定', '售后/物流'],
    ])
  })

  it('YAML: plain, double-quoted, single-quoted and block scalars; a comment directive switches rules off', () => {
    const { results } = lint('formats/library.yaml')
    expect(results[0]!.replies).toBe(7)
    expect(results[0]!.messages.map((m) => [at(m), m.record.group, m.record.code])).toEqual([
      ['4:9-4:13 info absolute-promise 正品保证', '售前', undefined],
      ['9:22-9:26 info absolute-promise 包退包换', '售后/退换', 'th'],
      ['13:11-13:13 info absolute-promise 一定', '售后/退换', 'cl'],
      // '' inside a single-quoted scalar is one quote.
      ['16:25-16:28 error absolute-promise 绝对会', '售后/物流', undefined],
      ['17:9-17:11 error absolute-promise 肯定', '售后/物流', undefined],
    ])
  })
})

describe('transcripts: only agent turns are linted, with the customer turn as context', () => {
  it('JSON Lines: role/name/time/session; a broken line is reported and the rest linted (exit 2)', () => {
    const { code, results } = lint('chats/chat.jsonl')
    expect(code).toBe(2)
    const [r] = results
    expect(r!.errors).toEqual([{ message: 'invalid JSON line: Unterminated string', line: 6 }])
    expect(r!.replies).toBe(4)
    expect(r!.agents).toEqual({ 小美: 3, 小丽: 1 })
    expect(r!.messages.map(at)).toEqual([
      '2:91-2:93 error absolute-promise 肯定',
      '5:89-5:91 error absolute-promise 保证',
      '7:100-7:102 info absolute-promise 一定',
      '9:99-9:111 info absolute-promise 绝对',
    ])
    // Sessions interleave: each reply gets its own session's last customer turn.
    expect(r!.messages.map((m) => [m.record.session, m.record.speaker, m.record.previous])).toEqual([
      ['S1', '小美', '这个衣服洗了会不会掉色啊'],
      ['S2', '小丽', '今天下单明天能到吗'],
      ['S1', '小美', '好的，那我拍了'],
      // The customer's image message carries no text: no context.
      ['S3', '小美', undefined],
    ])
    expect(r!.messages[0]!.record).toEqual({
      index: 1,
      speaker: '小美',
      time: '2024-06-01T10:00:20+08:00',
      session: 'S1',
      role: 'agent',
      previous: '这个衣服洗了会不会掉色啊',
      text: '亲，这款肯定不会掉色的，请放心',
    })
  })

  it('--agent narrows to one agent', () => {
    const { results } = lint('chats/chat.jsonl', '--agent', '小丽')
    expect(results[0]!.replies).toBe(1)
    expect(results[0]!.messages.map(at)).toEqual(['5:89-5:91 error absolute-promise 保证'])
  })

  it('千牛 chat text: headers (also glued), status and system lines, transfers; buyer turns are not linted', () => {
    const { code, results } = lint('chats/qianniu-chat.txt')
    expect(code).toBe(1)
    const [r] = results
    expect(r!.errors).toEqual([])
    expect(r!.replies).toBe(3)
    expect(r!.agents).toEqual({ '某某旗舰店:小美': 2, '某某旗舰店:小丽': 1 })
    // The buyer's 我保证不退货 (line 18) is context, never a finding.
    expect(r!.messages.map((m) => [at(m), m.record.speaker, m.record.time, m.record.previous])).toEqual([
      ['7:5-7:7 error absolute-promise 肯定', '某某旗舰店:小美', '2024-6-1 10:00:35', '在吗？这个裤子洗了会缩水吗'],
      ['12:11-12:13 error absolute-promise 一定', '某某旗舰店:小美', '2024-6-1 10:01:30', '那什么时候发货'],
    ])
    expect(r!.messages[0]!.record.text).toBe('亲，在的\n这款洗了肯定不会缩水的，放心购买')
  })

  it('千牛 chat text: --agent by 主账号 matches every 子账号; a regex works too', () => {
    expect(lint('chats/qianniu-chat.txt', '--agent', '某某旗舰店').results[0]!.replies).toBe(3)
    expect(lint('chats/qianniu-chat.txt', '--agent', '/小丽$/').results[0]!.replies).toBe(1)
  })

  it('Tmall log lines: 店铺名:子账号:内容 is the shop, t******7:内容 the buyer, 服务助手 (the bot) is left out', () => {
    const { code, results } = lint('chats/tmall-log.txt')
    expect(code).toBe(0)
    const [r] = results
    expect(r!.replies).toBe(3)
    expect(r!.agents).toEqual({ '某某旗舰店:小美': 2, '某某旗舰店:小丽': 1 })
    // The buyer's 能保证24小时 is context; a line without a speaker continues the message before it.
    expect(r!.messages.map((m) => [at(m), m.record.speaker, m.record.previous, m.record.text])).toEqual([
      ['4:12-4:14 warning absolute-promise 绝对', '某某旗舰店:小美', '在吗，这个保温杯能保证24小时保温吗', '这款绝对能保温24小时的，\n放心购买哦'],
    ])
  })

  it('QQ text export: the banner is skipped; the agent is named by QQ number or name', () => {
    const none = lint('chats/qq-export.txt')
    expect(none.code).toBe(2)
    expect(none.results[0]!.errors[0]!.message).toMatch(/name the agent with --agent/)
    for (const agent of ['20002', '某某定制工作室']) {
      const { code, results } = lint('chats/qq-export.txt', '--agent', agent)
      // A warning only: exit 0.
      expect(code).toBe(0)
      expect(results[0]!.messages.map((m) => [at(m), m.record.speaker, m.record.time, m.record.previous])).toEqual([
        ['13:5-13:7 warning absolute-promise 肯定', '某某定制工作室(20002)', '2024-06-01 10:00:40', '你们的定制T恤能保证周五前做好吗'],
      ])
    }
  })

  it('a chat whose agent cannot be told asks for --agent (exit 2)', () => {
    const input = '小王 2024-6-1 10:00:01\n能保证明天到吗\n小李 2024-6-1 10:00:30\n保证明天到\n'
    const r = lintJson([...only, '-'], { input })
    expect(r.code).toBe(2)
    expect(r.results[0]!.errors).toEqual([{ message: '2 chat message(s) skipped: cannot tell the agent from the customer; name the agent with --agent <name|/regex/>' }])
    const named = lintJson([...only, '--agent', '小李', '-'], { input })
    expect(named.code).toBe(1)
    expect(named.results[0]!.messages.map((m) => [at(m), m.record.previous])).toEqual([['4:1-4:3 error absolute-promise 保证', '能保证明天到吗']])
  })

  it('JD dialogue CSV: waiter_send=1 is the agent; the customer run since the last reply is the context', () => {
    const { code, results } = lint('chats/jd-dialogue.csv')
    expect(code).toBe(1)
    const [r] = results
    expect(r!.replies).toBe(3)
    expect(r!.messages.map((m) => [at(m), m.record.row, m.record.session, m.record.previous])).toEqual([
      ['5:26-5:28 error absolute-promise 保证', 5, '1001', '一定要明天到哦'],
      ['7:47-7:49 warning absolute-promise 绝对', 7, '1002', '空调安装收费吗'],
    ])
    // The flag column decides; --agent (for named speakers in other files of the run) does not hide them.
    expect(lint('chats/jd-dialogue.csv', '--agent', '小美').results[0]!.replies).toBe(3)
  })

  it('WeChat CSV: IsSender=1 is the agent; non-text messages (Type≠1) are skipped', () => {
    const { results } = lint('chats/wechat.csv')
    expect(results[0]!.replies).toBe(2)
    expect(results[0]!.messages.map((m) => [at(m), m.record.row, m.record.time, m.record.previous])).toEqual([
      // 可以的 answers 敏感肌能用吗: a bare yes vouching for a sensitive buyer's skin (issue 8).
      ['3:34-3:37 error absolute-promise 可以的', 3, '2024-06-01 10:00:30', '在吗，这个面膜敏感肌能用吗'],
      // The previous turn is written once per reply, with its first finding (issue 9).
      ['3:39-3:42 error absolute-promise 百分百', 3, '2024-06-01 10:00:30', undefined],
    ])
  })

  it('--input-format overrides detection (a 千牛 export saved as .log)', () => {
    const text = 't******7 2024-6-1 10:00:01\n会掉色吗\n某店:小美 2024-6-1 10:00:35\n肯定不会掉色\n'
    const asText = lintJson([...only, '--stdin-filename', 'chat.log', '--input-format', 'text', '-'], { input: text })
    expect(asText.results[0]!.replies).toBe(4)
    const asChat = lintJson([...only, '--stdin-filename', 'chat.log', '--input-format', 'qianniu', '-'], { input: text })
    expect(asChat.results[0]!.replies).toBe(1)
    expect(asChat.results[0]!.messages.map(at)).toEqual(['4:1-4:3 error absolute-promise 肯定'])
  })
})

describe('--column', () => {
  it('chooses the reply column of a generic CSV by name or number; without it a multi-column CSV asks for it', () => {
    const input = 'id,备注,answer\n1,保证明天到,亲，我们会尽量明天发出\n2,无,这款肯定不起球\n'
    const none = lintJson([...only, '--stdin-filename', 'x.csv', '-'], { input })
    expect(none.code).toBe(2)
    expect(none.results[0]!.errors).toEqual([
      { message: 'cannot tell which column holds the replies (header: "id,备注,answer"); use --column <name|number>', line: 1 },
    ])
    for (const column of ['answer', '3']) {
      const r = lintJson([...only, '--stdin-filename', 'x.csv', '--column', column, '-'], { input })
      expect(r.code).toBe(1)
      // 保证明天到 in the 备注 column is not a reply.
      expect(r.results[0]!.messages.map((m) => [at(m), m.record.row, m.record.column])).toEqual([['3:7-3:9 error absolute-promise 肯定', 3, 'answer']])
    }
    const missing = lintJson([...only, '--stdin-filename', 'x.csv', '--column', 'reply_text', '-'], { input })
    expect(missing.code).toBe(2)
    expect(missing.results[0]!.errors[0]!.message).toBe('--column reply_text: no such column (header: "id,备注,answer")')
  })
})
