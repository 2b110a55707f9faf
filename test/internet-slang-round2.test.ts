import { describe, expect, it } from 'vitest'
import { linterFor } from './support/harness.js'

/**
 * Set F's kind for internet-slang, in other words: love declared to the buyer with a cute
 * particle (爱你哦, 爱您呦) is light slang, reported with 么么哒 or other slang, never alone.
 */
const ID = 'internet-slang'
const linter = linterFor(ID)
const ids = (text: string) => linter.lint(text).messages.map((m) => m.ruleId)

describe('internet-slang: set F kinds, other wordings', () => {
  it.each(['感谢亲的五星，么么哒，爱你哦～', '好滴亲，爱您呦', '亲，收到啦，爱你么么哒', '谢谢亲，么么哒'])('flags: %s', (text) => {
    expect(ids(text)).toContain(ID)
  })
  it.each(['爱您哦，祝您生活愉快', '这款是爱你一生系列的对戒'])('passes: %s', (text) => {
    expect(ids(text)).not.toContain(ID)
  })
})

/**
 * Sets H and I kinds, in other words: the live-stream hurry-up meme on its own (手慢无), the
 * in-group wink (懂的都懂), 不造 for 不知道 (and 偶 before it), nb opening a clause as an
 * exclamation, the X得一批 / X的一批 degree meme after an adjective, and 宝 / 宝宝 as the address
 * (light on the mainland; 寶貝 as the address is over-intimate in Taiwan). 吊打 is light: the
 * comparison alone is exaggeration's business. Traps: a batch of goods (最新的一批), the verb 造
 * (不造假), New Balance (NB 574), 宝宝 as the baby, 寶貝 as the goods, 偶尔.
 */
const tw = linterFor(ID, { profile: 'zh-TW' })
const twIds = (text: string) => tw.lint(text).messages.map((m) => m.ruleId)

describe('internet-slang: sets H and I kinds, other wordings', () => {
  it.each([
    '这个色号卖得很快，手慢无',
    '这个价格嘛，懂的都懂',
    '我也不造呢，帮您问下仓库',
    '偶不知道哦，等下帮您查',
    'nb，一口气拍了五件',
    '这个卫衣舒服得一批',
    '这款面膜补水好用的一批',
    '宝，今天拍下有赠品，手慢无',
    '好的宝宝，么么哒',
    '这个价格冲就完了',
    '宝宝们 今天下单血赚',
    '这双鞋直接封神',
    '这个配色狠狠心动',
  ])('flags: %s', (text) => {
    expect(ids(text)).toContain(ID)
  })
  it.each([
    '这是今年刚到的一批，日期很新',
    '我们不造假，也不造谣',
    'NB 990有现货，您要哪个码',
    '宝宝穿90码刚好',
    '好的宝宝',
    '偶尔也会有轻微色差',
    '这款耳机音质吊打同价位',
    '库存不多，建议早点下单',
    '封神榜联名款还有两件',
    '这款续航遥遥领先',
  ])('passes: %s', (text) => {
    expect(ids(text)).not.toContain(ID)
  })
  it('reads 寶貝 as the address in zh-TW only when it stands as one', () => {
    expect(twIds('寶貝您好，這件有現貨喔')).toContain(ID)
    expect(twIds('寶貝已經幫您寄出了')).not.toContain(ID)
    expect(twIds('這個寶貝是現貨喔')).not.toContain(ID)
  })
})
