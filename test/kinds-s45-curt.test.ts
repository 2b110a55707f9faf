import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 45 (lane curt, forty-first brief): curt-reply and internet-slang kinds read from the design sets DA, BZ and para-40's
 * dev half, written as classes (turns.yaml templates, classes `hush.ignorant`, slang constructions). Rows in the lane's own words.
 */
describe('curt-reply: a bare record of the order\'s stage as the whole answer to a buyer kept waiting (turns.yaml status; curt41)', () => {
  checkKinds(
    'curt-reply',
    [
      ['已寄出', '一周了还没收到，你们到底寄没寄', '已寄出', 'warning'],
      ['早就发了', '都三天了还不发货', '早就发了', 'warning'],
      ['已退款', '退款到底退没退？半个月了', '已退款', 'warning'],
      ['已出庫', '我等好久了，到底出貨了沒？', '已出庫', 'warning'],
    ],
    [
      // a plain question is answered by the status; a status with the tracking, a time or the agent's step
      ['已寄出', '请问寄出了吗'],
      ['已发货', '发货了吗'],
      ['已经发了，单号是SF123456，明天能到', '都三天了还不发货'],
      ['已发货，我帮您催一下快递', '到底发没发'],
    ],
  )
})

describe('curt-reply: a bare presence word to a buyer saying nobody deals with it (turns.yaml ack; curt41)', () => {
  checkKinds(
    'curt-reply',
    [
      ['在', '你们客服到底有没有人管？半天没人回', '在', 'warning'],
      ['有人', '问了半天都没人理，太差了', '有人', 'warning'],
    ],
    [
      // a call for an agent is answered by it
      ['在', '在吗'],
      ['在', '有人吗'],
      ['在的，您请说', '你们到底有没有人'],
    ],
  )
})

describe('curt-reply: the buyer\'s review shut down (class hush.ignorant; curt41)', () => {
  checkKinds(
    'curt-reply',
    [
      ['这是手工瓷，不了解就别乱给差评', undefined, '就别乱给差评', 'warning'],
      ['少在这乱评价，我们是正品', undefined, '少在这乱评价', 'warning'],
    ],
    [
      // advice about use, the agent about itself, quoted
      ['滤网别乱拆，装回去很麻烦', undefined],
      ['说明书上写了不要乱用清洁剂', undefined],
      ['有问题先联系我们哦，别急着给差评', undefined],
      ['不懂的地方别乱说，问我就好', undefined],
    ],
  )
})

describe('curt-reply: an offer to explain said with 过 is a told-you-so, no way offered (clause.ts pathIsTopic; curt41)', () => {
  checkKinds(
    'curt-reply',
    [
      ['前面已经给您说明过了，您往上翻翻', undefined, '往上翻翻', 'warning'],
    ],
    [
      ['我再跟您解释一下：拆封后不影响二次销售的可以退', undefined],
      ['这个我给您介绍一下，您往上翻翻也能看到图', undefined],
    ],
  )
})

describe('curt-reply: sent to a repair shop of the goods\' kind (party; curt41)', () => {
  checkKinds(
    'curt-reply',
    [
      ['你自己去找电脑维修店', '笔记本开不了机', '你自己去找电脑维修店', 'warning'],
    ],
    [
      ['我帮您问一下附近的手机店能不能修', '屏幕碎了'],
    ],
  )
})

describe('internet-slang: meme verbs of apology and affection (kowtow, kneel, finger heart; curt41)', () => {
  checkKinds(
    'internet-slang',
    [
      ['漏发是我们的问题，先给您磕一个', undefined, '给您磕一个', 'warning'],
      ['让您等这么久，给您土下座', undefined, '给您土下座', 'warning'],
      ['收到您的好评啦，笔芯❤️', undefined, '笔芯', 'warning'],
    ],
    [
      ['外壳运输时磕了一个小口，拍照给我们补发', undefined],
      ['这款钢笔配三支笔芯', undefined],
      ['经核实情况属实，马上给您补发', undefined],
      ['这是我们的锅具新款，不粘涂层', undefined],
    ],
  )
})

describe('internet-slang: the buyer thanked as 宝宝 / 宝贝 (address in the thanks; curt41)', () => {
  checkKinds(
    'internet-slang',
    [
      ['感謝寶貝的好評，下次見', undefined, '感謝寶貝的好評', 'warning'],
    ],
    [
      ['感謝您的好評，下次見', undefined],
      ['寶寶喜歡的話可以回購', undefined],
    ],
    { profile: 'zh-TW' },
  )
})
