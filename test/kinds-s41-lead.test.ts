import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { checkKinds } from './support/harness.js'

/**
 * Session 41 (the lead, from the first-sight set BT): a colour character inside a word that names no colour (黑猫 the courier,
 * 明白, 红包) no longer makes 酱紫 a colour; der for the possessive 的 after a pronoun; 帅比 / 秒变 / a lone 冲 as hype praise;
 * the shop saying it takes no part in a review-reward scheme.
 */
describe('internet-slang: 酱紫 beside a colour character that names no colour (lead37)', () => {
  checkKinds(
    'internet-slang',
    [
      ['明白了，那就酱紫吧', undefined, '酱紫', 'warning'],
      ['好的，改寄黑貓宅急便，醬紫就不會延誤', undefined, '醬紫', 'warning'],
      ['红包领了的话就酱紫下单', undefined, '酱紫', 'warning'],
    ],
    [
      ['这款有酱紫和黑两个颜色', undefined],
      ['酱紫色偏暗，白天看会亮一点', undefined],
      ['颜色是酱紫的，配白色裤子好看', undefined],
    ],
  )
})

describe('internet-slang: der after a pronoun (lead37)', () => {
  checkKinds(
    'internet-slang',
    [
      ['收到您der留言啦，马上安排', undefined, 'der', 'warning'],
      ['謝謝妳der支持', undefined, 'der', 'warning'],
      ['这是我们der新品', undefined, 'der', 'warning'],
    ],
    [
      ['您的order已经同步到仓库', undefined],
      ['我们的vender编号是V2031', undefined],
    ],
  )
})

describe('internet-slang: 帅比 is hype praise (lead37)', () => {
  checkKinds(
    'internet-slang',
    [
      ['这件夹克穿上妥妥的小帅比', undefined, '小帅比', 'warning'],
      ['換上這雙鞋就是大帥比', undefined, '大帥比', 'warning'],
      ['您老公穿上肯定帅比一枚', undefined, '帅比', 'warning'],
    ],
    [
      ['真人上身比模特图还帅，比例很好', undefined],
      ['这款帅气，比上一代轻', undefined],
    ],
  )
})

describe('internet-slang: 秒变 and a lone 冲 weigh light, together they are slang (lead37)', () => {
  const lint = (text: string) =>
    createLinter({ rules: { 'internet-slang': 'error' } })
      .lint(text)
      .messages.filter((m) => m.ruleId === 'internet-slang')
      .map((m) => [m.ruleId, m.actual])
  it('reports 秒变 and 冲 together', () => {
    expect(lint('换上这个灯罩秒变网红房间，冲！')).toEqual([
      ['internet-slang', '秒变'],
      ['internet-slang', '冲'],
    ])
  })
  it('leaves either alone, and 冲 that rinses', () => {
    expect(lint('换上这个灯罩房间秒变亮堂')).toEqual([])
    expect(lint('喜欢的话可以下单了，冲！')).toEqual([])
    expect(lint('秒变干净，用温水冲一下')).toEqual([])
  })
})

describe('review-manipulation: the shop takes no part in a review-reward scheme (lead37)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['五星好评返5元，中差评不参加', undefined, '五星好评返5元', 'error'],
      ['晒图好评送小样，我们没有门槛', undefined, '晒图好评送小样', 'error'],
      ['追評有禮，截圖給客服就能領', undefined, '追評有禮', 'error'],
    ],
    [
      ['晒单有礼这个活动本店没参加哦', undefined],
      ['好评返现我们这边没有呢，感谢理解', undefined],
      ['五星好評送贈品的活動我們沒有參加喔', undefined],
      ['带图评价领红包的活动我们店没参与，您看到的可能是别家的', undefined],
    ],
  )
})

describe('blame-customer: "had you done X it would not have Y-ed" in answer to a complaint needs no mark of the past (lead37)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您要是选顺丰就不会这么慢了', '等了五天还没到', '您要是选顺丰', 'error'],
      ['你要是照视频装就不会晃了', '桌子装好一直晃，怎么回事', '你要是照视频装', 'error'],
      ['您要是買大一碼就不會緊了', '鞋子太緊了，腳很痛', '您要是買大一碼', 'error'],
    ],
    [
      // No complaint before it: a sales line, not a reproach.
      ['您要是选大一码就不会紧了', '平时穿38，这双选哪个码'],
      // The shop's own act, and the buyer's next step (a plan).
      ['我们要是早点发就不会这么慢了，抱歉', '等了五天还没到'],
      ['您要是换个插座试试，说不定就好了', '插上没反应'],
      // Help follows: the shop moves on.
      ['您要是选顺丰就不会这么慢了，我们这边马上帮您催一下', '等了五天还没到'],
    ],
  )
})
