import { describe, expect, it } from 'vitest'
import { builtinRules, createLinter } from '../src/index.js'
import { brief, linterFor } from './support/harness.js'

// Promises made without a promise word: the constructions of rules/absolute-promise over the
// shared word classes (src/vocab/classes.yaml). Sentences written for this file.
const linter = linterFor('absolute-promise')
const lint = (text: string, previous?: string) => linter.lint(text, previous ? { previous } : undefined).messages
const one = (text: string, actual: string, previous?: string) => {
  const start = text.indexOf(actual)
  return [{ ruleId: 'absolute-promise', severity: 'error', actual, start, end: start + actual.length }]
}

describe('absolute-promise: a bad outcome declared impossible (不会 + outcome)', () => {
  it.each([
    ['这条床单机洗也不会缩水', '不会缩水'],
    ['陶瓷杯我们包了三层，路上不会碎的', '不会碎'],
    ['这款乳液孕妇用也不会过敏', '不会过敏'],
    ['今天发出，不会再耽误您用了', '不会再耽误'],
    ['真皮表带戴多久都不会开裂', '不会开裂'],
    ['這件外套不會起球', '不會起球'],
  ])('%s → %s', (text, actual) => {
    expect(brief(lint(text))).toEqual(one(text, actual))
  })

  it.each([
    '这条床单正常机洗一般不会缩水', // hedged
    '如果按标签冷水洗是不会缩水的', // a condition
    '为了路上不会碎，我们加了泡沫箱', // a purpose
    '会不会缩水呢？', // a question
    '不能说完全不会掉色，深色建议单洗', // negated
    '您说的“不会褪色”是指哪一款呀', // quoted
    '不会用的话我教您', // 不会 = cannot, no outcome
    '我们不会乱收费的', // the shop's own conduct
  ])('passes %s', (text) => {
    expect(lint(text)).toEqual([])
  })

  it('reports an explicit promise word once, not again as a construction', () => {
    expect(lint('这款绝对不会掉色的').map((m) => m.actual)).toEqual(['绝对'])
    expect(lint('我给您打包票不会坏').map((m) => m.actual)).toEqual(['打包票'])
  })

  it('suggests a hedge in front, and the rewrite lints clean', () => {
    const [m] = lint('这条床单机洗也不会缩水')
    expect(m!.expected).toEqual(['一般', '正常情况下'])
    expect(m!.message).toBe('「不会缩水」把店铺无法掌控的结果说死了，这也是绝对化承诺；建议加上「一般」、「正常情况下」留有余地，例如「这条床单机洗一般也不会缩水」。')
    const all = createLinter({ rules: {} })
    expect(all.lint('这条床单机洗一般也不会缩水').messages).toEqual([])
  })
})

describe('absolute-promise: potential complements and 包 + outcome', () => {
  it.each([
    ['这双鞋的鞋底穿不烂', '穿不烂'],
    ['帆布包结实，用不坏的', '用不坏'],
    ['印花颜色洗不掉的', '颜色洗不掉'],
    ['平时穿M拍M，包合身', '包合身'],
    ['这个价包不踩雷', '包不踩雷'],
  ])('%s → %s', (text, actual) => {
    expect(brief(lint(text))).toEqual(one(text, actual))
  })

  it.each(['满99包邮哦', '包装盒是硬纸板的', '咖啡渍要是洗不掉可以用小苏打', '颜色一般洗不掉的', '这双鞋一般穿不烂'])('passes %s', (text) => {
    expect(lint(text)).toEqual([])
  })

  it('包 gives way to the hedge in the suggestion', () => {
    expect(lint('平时穿M拍M，包合身')[0]!.message).toContain('例如「一般都合身」')
  })
})

describe('absolute-promise: a short answer to the customer’s question about an outcome', () => {
  it.each([
    ['会不会褪色啊', '不会的亲', '不会的'],
    ['寄过来路上会不会坏', '放心吧', '放心吧'],
    ['这个面膜能美白吗？', '可以的', '可以的'],
    ['周五之前能送到吗', '亲，能到的，放心', '能到'],
    ['孩子皮肤嫩，用了会过敏吗', '嗯嗯 放心哈', '放心哈'],
  ])('%s → %s', (previous, text, actual) => {
    expect(brief(lint(text, previous))).toEqual(one(text, actual))
  })

  it.each([
    ['会不会褪色啊', '正常洗一般不会的，深色建议前两次单独洗'], // hedged
    ['会褪色吗', '会的亲，前几次会有轻微浮色'], // an honest yes to a bad outcome
    ['能美白吗？', '可以的，不过效果因人而异'], // hedged after
    ['能帮我改一下地址吗', '可以的，已经帮您改好了'], // a request to the shop
    ['今天能发货吗？', '可以的亲'], // the shop's own action
    [undefined, '不会的亲'], // no question to answer
    ['会不会褪色啊', '这款是棉麻的，不会的话您看看别的'], // not at the start of the reply
  ])('%s → %s passes', (previous, text) => {
    expect(lint(text, previous)).toEqual([])
  })

  it('suggests a hedged answer with a next step, which lints clean', () => {
    const [m] = lint('不会的亲', '会不会褪色啊')
    expect(m!.expected).toEqual(['正常情况下不会的，万一有问题随时联系我们处理'])
    const all = createLinter({})
    expect(all.lint(m!.expected[0]!, { previous: '会不会褪色啊' }).messages).toEqual([])
  })
})

describe('absolute-promise: an OK to an outcome the customer insists on', () => {
  it('flags a bare OK, and a closing question after it', () => {
    expect(brief(lint('好的', '后天中午之前务必送到，要赶飞机'))).toEqual(one('好的', '好的'))
    expect(brief(lint('好的呢 还有别的需要帮忙的吗', '周日一定要到啊'))).toEqual(one('好的呢 还有别的需要帮忙的吗', '好的呢'))
  })
  it('reports an OK followed by its own promise word once, at the promise word', () => {
    const text = '好的，保证后天中午前给您送到'
    expect(brief(lint(text, '后天中午之前务必送到，要赶飞机'))).toEqual(one(text, '保证'))
  })
})

describe('absolute-promise: an effect by a deadline', () => {
  it.each([
    ['精华液坚持用两周痘印就能淡', '两周痘印就能淡'],
    ['这个增高垫穿三个月就能长高', '三个月就能长高'],
  ])('%s → %s', (text, actual) => {
    expect(brief(lint(text))).toEqual(one(text, actual))
  })
  it.each(['付款后三天就能到', '用一周就知道适不适合了', '一般用两周痘印就能淡一些', '有的人用一周就见效'])('passes %s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

describe('word classes are data', () => {
  it('every built-in lexicon expanded its @class references', () => {
    for (const rule of builtinRules) {
      for (const e of rule.lexicon.entries) {
        expect(e.phrases.filter((p) => p.startsWith('@'))).toEqual([])
        expect(e.construction?.next?.words.filter((p) => p.startsWith('@')) ?? []).toEqual([])
      }
    }
  })
})

describe('absolute-promise: rewrites that really soften', () => {
  const example = (text: string) => lint(text).map((m) => /例如「(.+?)」/.exec(m.message)?.[1])
  it.each([
    ['快递肯定明天到', '快递预计明天到'], // deleting 肯定 would still promise the arrival
    ['这批货质量是有保证的', '这批货质量是有保障的'], // the noun use has a modest standard form
    ['两天内必到', '两天内一般能到'],
    ['我们保证是正品', '我们是正品'], // 争取是正品 is not Chinese
    ['平时穿M拍M，保准合身', '一般都合身'], // 预计 is for arrivals only
  ])('%s → %s', (text, rewrite) => {
    expect(example(text)).toEqual([rewrite])
  })
  it('two promises in one clause are softened together', () => {
    expect(example('我保证明天一定到')).toEqual(['我争取明天到', '我争取明天到'])
  })
})

describe('absolute-promise: the asked-about bad outcome flatly denied (不 + outcome, answering it)', () => {
  it.each([
    ['这件羽绒服不掉毛，放心穿', '不掉毛', '羽绒服穿了会掉毛吗'],
    ['玻璃瓶我们裹了气泡膜，不碎的', '不碎', '路上会不会碎'],
    ['放心，不会', '放心', '新奶嘴宝宝会不会抗拒'],
  ])('%s (asked: %s)', (text, actual, previous) => {
    expect(brief(lint(text, previous))).toEqual(one(text, actual))
  })

  it.each([
    ['这件羽绒服不掉毛，放心穿', undefined], // no question: a description of the goods
    ['这件羽绒服正常不掉毛', '会掉毛吗'], // hedged
    ['也不能说一点不掉毛，新衣服头几天会有一点', '会掉毛吗'], // negated
    ['不掉毛吗？您指的是哪一款', '会掉毛吗'], // a question back
  ])('passes %s (asked: %s)', (text, previous) => {
    expect(lint(text, previous)).toEqual([])
  })
})

describe('absolute-promise: safe for the sensitive, said as certain', () => {
  it('flags the group and the certainty together, and hedges before 也/都', () => {
    const [m] = linter.lint('这款洗发水成分温和，孕妈妈也没事，孕期也能放心用').messages
    expect(brief([m!])).toEqual(one('这款洗发水成分温和，孕妈妈也没事，孕期也能放心用', '孕期也能放心用'))
    expect(m!.message).toContain('「孕期一般也能放心用」')
  })
  it.each(['孕期一般也能用，具体请先咨询医生', '宝宝用了也没事吧？', '敏感肌如果也不怕刺激，可以试试这款'])('passes %s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

describe('absolute-promise: the arrival time stated as a fact', () => {
  it.each([
    ['您这单后天上午给您送到的', '后天上午给您送到'],
    ['別擔心，明天就到哈', '明天就到'],
  ])('%s → %s, hedged with 预计', (text, actual) => {
    const messages = lint(text)
    expect(brief(messages)).toEqual(one(text, actual))
    expect(messages[0]!.expected).toEqual(['预计', '一般'])
  })
  it.each([
    '物流显示后天上午送到', // reporting the tracking
    '预计后天上午送到', // hedged
    '昨天已经送到驿站了', // done
    '后天的草莓到货了，欢迎来选', // the time word says which goods
    '包裹明天到达转运中心', // a leg of the route
    '后天送到的话您方便签收吗', // a condition
  ])('passes %s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

describe('absolute-promise: certainty about a downside is a disclaimer', () => {
  it.each(['量的是平铺尺寸，肯定有一点误差', '偏远地区的话慢是肯定的', '手机屏幕不同，肯定会有色差'])('passes %s', (text) => {
    expect(lint(text)).toEqual([])
  })
  it('is a promise again when the downside is denied', () => {
    // 色差 is an outcome the shop does not control (the screen, the light), so it is an error.
    expect(lint('实物肯定没有色差').map((m) => [m.actual, m.severity])).toEqual([['肯定', 'error']])
  })
  it('reads what a promise covers from its own clause on: an earlier clause is another statement', () => {
    expect(lint('这个价做不到，但售后我们一定给您做好').map((m) => [m.actual, m.severity])).toEqual([['一定', 'info']])
  })
})

describe('absolute-promise: the problem declared solved under a reassurance', () => {
  it('reaches back over a comma to the reassurance (a sentence-scoped before-word)', () => {
    const text = '请放心，售后这边会把您的问题处理好的'
    expect(brief(lint(text))).toEqual(one(text, '请放心，售后这边会把您的问题处理好'))
  })
  it.each([
    '请放心。售后这边会把您的问题处理好的', // another sentence: the reassurance is about something else
    '请放心，售后这边会尽快帮您处理', // effort, no outcome
    '请放心，售后这边一般都能处理好', // hedged
  ])('passes %s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

describe('absolute-promise: kinds from sets C and D (after their first sight)', () => {
  it('包 + a taste is a promise, hedged in place of 包', () => {
    const [m] = lint('放心买，这批芒果包甜')
    expect([m!.actual, m!.severity, m!.expected]).toEqual(['包甜', 'error', ['一般都', '大多']])
  })
  it('whatever the customer does, no bad outcome: 怎么用都不坏', () => {
    expect(brief(lint('这把伞怎么折都不断'))).toEqual(one('这把伞怎么折都不断', '怎么折都不断'))
  })
  it('a certain "never" keeps its negation in the rewrite', () => {
    const plain = createLinter({ rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta.id === 'absolute-promise' ? 'warning' : 'off'])) })
    expect(plain.lint('这款永不掉色').messages[0]!.expected).toEqual(['一般不', '正常情况下不'])
    expect(plain.lint('我们永不涨价').messages[0]!.expected).toEqual(['不'])
  })
  it.each([
    '坏了这么多，肯定是我们装箱没装好，马上补发', // the shop owning its fault
    '碎成这样肯定是快递摔的，我们来找快递', // a guess at the courier
    '会不会掉色和水温有关，冷水洗一般不会', // an A-not-A question as a noun
    '前提是您保证配件齐全，我们就能退', // a condition on the customer
  ])('passes %s', (text) => {
    expect(lint(text)).toEqual([])
  })
})
