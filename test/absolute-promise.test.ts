import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

const linter = linterFor('absolute-promise')
const lint = (text: string) => linter.lint(text).messages

describe('absolute-promise: must flag', () => {
  it.each([
    // Dispatch asserted with 肯定 is a promise; committed with 一定 it is the shop's own doing (sets H and I).
    ['明天肯定给您发货', '肯定', 2, 'warning'],
    ['明天一定给您发货', '一定', 2, 'info'],
    ['这款绝对不会掉色的', '绝对', 2, 'error'],
    ['配送一定给您配送到', '一定', 2, 'error'],
    ['保证明天到', '保证', 0, 'error'],
    ['我们的宝贝质量是保证的哦', '保证', 8, 'warning'],
    ['包您满意', '包您', 0, 'error'],
    ['我给您打包票不会坏', '打包票', 3, 'error'],
    ['百分百正品', '百分百', 0, 'info'],
    ['肯定帮您送到', '肯定', 0, 'error'],
    ['承诺假一赔十', '承诺', 0, 'info'],
    ['一定帮您催一下快递', '一定', 0, 'info'],
    ['我们一定会帮您处理好', '一定会', 2, 'info'],
    ['本店正品保证', '正品保证', 2, 'info'],
    ['七天包退包换', '包退包换', 2, 'info'],
    ['亲，这个尺码铁定合身', '铁定', 6, 'error'],
    ['用了永远不会起球', '永远', 2, 'error'],
  ] as const)('%s → %s', (text, actual, start, severity) => {
    expect(brief(lint(text))).toEqual([{ ruleId: 'absolute-promise', severity, actual, start, end: start + actual.length }])
  })

  it('catches Traditional, full-width and mixed case with spans in the original text', () => {
    expect(brief(lint('保證明天到'))).toEqual([{ ruleId: 'absolute-promise', severity: 'error', actual: '保證', start: 0, end: 2 }])
    expect(brief(lint('絕對不會褪色'))).toEqual([{ ruleId: 'absolute-promise', severity: 'error', actual: '絕對', start: 0, end: 2 }])
    expect(brief(lint('包装１００％不会压坏'))).toEqual([{ ruleId: 'absolute-promise', severity: 'error', actual: '１００％', start: 2, end: 6 }])
    const zw = '肯\u200b定到'
    expect(brief(lint(zw))).toEqual([{ ruleId: 'absolute-promise', severity: 'error', actual: '肯\u200b定', start: 0, end: 3 }])
  })

  it('reports one problem for nested phrases (绝对会 contains 绝对)', () => {
    expect(lint('绝对会喜欢的').map((m) => m.actual)).toEqual(['绝对会'])
  })

  it('reports every separate promise in a reply', () => {
    expect(lint('肯定明天到，保证不掉色').map((m) => [m.actual, m.severity])).toEqual([
      ['肯定', 'error'],
      ['保证', 'error'],
    ])
  })
})

describe('absolute-promise: must not flag', () => {
  it.each([
    '不能保证明天一定到',
    '无法保证快递时效',
    '我们不敢保证哦',
    '这个不保证的',
    '不一定明天到',
    '没法百分之百确定',
    '有一定坏果率属于正常现象',
    '一定程度上可以缓解',
    '请您一定要在签收前检查包裹',
    '一定要检查一下包裹哦',
    '您最好一定要先量一下尺寸',
    '需要交保证金',
    '质量保证期是一年',
    '包邮哦亲',
    '确定收货后就可以评价了',
    '绝大部分地区三天左右到',
    '第一时间给您处理',
    '100%纯棉面料',
    '100% 純棉面料',
    '收到后一定要先检查再签收',
    '收到後一定要先檢查再簽收',
    '您确定一定要今天到吗？',
    '不过我们会尽量帮您催促',
    '',
  ])('%s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

describe('absolute-promise: suggestions read as natural Chinese', () => {
  it.each([
    ['这款肯定不会掉色的', ['一般', '正常情况下'], '这款一般不会掉色的'],
    ['明天肯定能到', ['一般', '应该'], '明天一般能到'],
    ['明天肯定给您发货', ['尽量', '争取'], '明天尽量给您发货'],
    ['保证明天到', ['争取', '尽量'], '争取明天到'],
  ] as const)('%s → %s', (text, expected, preview) => {
    const [m] = lint(text)
    expect(m!.expected).toEqual(expected)
    expect(m!.message).toContain(`「${preview}」`)
    expect(m!.fix).toBeUndefined()
  })

  it('suggests dropping a bare intensifier', () => {
    const [m] = lint('百分百正品')
    expect(m!.expected).toEqual([])
    expect(m!.message).toBe('「百分百」是绝对化承诺，建议删去，例如「正品」。')
  })

  it('explains in English with locale en', () => {
    const [m] = linterFor('absolute-promise', { locale: 'en' }).lint('这款绝对不会掉色的').messages
    expect(m!.message).toBe(
      '“绝对” is an absolute promise about something the shop does not control (delivery, effect, fit, skin); say “一般”, “正常情况下” instead, e.g. “这款一般不会掉色的”.',
    )
    expect(m!.url).toMatch(/rules\/absolute-promise\/README\.md$/)
  })
})

describe('absolute-promise: transcript context', () => {
  it('a bare promise answering a question about delivery is about delivery', () => {
    expect(brief(linter.lint('保证的亲', { previous: '能保证明天到吗？' }).messages)).toEqual([
      { ruleId: 'absolute-promise', severity: 'error', actual: '保证', start: 0, end: 2 },
    ])
    expect(brief(linter.lint('保证的亲').messages)).toEqual([{ ruleId: 'absolute-promise', severity: 'warning', actual: '保证', start: 0, end: 2 }])
  })
  it('the customer asking for a promise is not the agent promising', () => {
    expect(linter.lint('这个我们不能保证哦，尽量帮您催', { previous: '能保证明天到吗？' }).messages).toEqual([])
  })
})

describe('absolute-promise: options', () => {
  it('allows configured phrases and flags extra ones', () => {
    const l = linterFor('absolute-promise', { rules: { 'absolute-promise': { allow: ['正品保证'], flag: ['稳了'] } } })
    expect(l.lint('本店正品保证').messages).toEqual([])
    expect(brief(l.lint('明天到稳了').messages)).toEqual([{ ruleId: 'absolute-promise', severity: 'error', actual: '稳了', start: 3, end: 5 }])
  })
  it('forces a severity', () => {
    const l = linterFor('absolute-promise', { rules: { 'absolute-promise': 'info' } })
    expect(l.lint('这款绝对不会掉色的').messages.map((m) => m.severity)).toEqual(['info'])
  })
})

describe('absolute-promise: A-not-A questions are not negations', () => {
  it('flags a promise after 是不是/会不会 in the same clause when it is no question', () => {
    expect(brief(lint('不管是不是周末肯定给您发货'))).toEqual([{ ruleId: 'absolute-promise', severity: 'warning', actual: '肯定', start: 7, end: 9 }])
  })
})
