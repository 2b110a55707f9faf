import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 35, lane blw35: the bl35 kinds widened where a fresh author's wording slipped past them (paraC bl35), as classes or
 * construction parts, not sentences. The sentences are ours. Traps: the shop or a courier guessed at, an apology with help after,
 * 是否 in an offer, 难免 as a generality before the fact, a fact question with no defence.
 */
describe('blame-customer (blw35): guesses at the buyer\'s act — every guess head, the act done by 了 / 的 / an omission, a turned apology, 才', () => {
  checkKinds(
    'blame-customer',
    [
      // A turned apology no longer cleans the guess; 才 + a result not reached ties it to the trouble.
      ['不好意思让您久等，不过是不是您密码输错了才登不上去？', undefined, '您密码输错了才登不上去', 'warning'],
      // 是否 is a guess head; an omission is an act done.
      ['是否您装的时候卡扣没扣紧呢？这款出厂都检测过的。', '柜门掉下来了', '出厂都检测过', 'warning'],
      // 怕不是 … 吧 presumes without a question mark, and its 怕 sets no condition.
      ['台灯不亮，怕不是您一直没换电池吧，我们的灯一般不会坏。', undefined, '您一直没换电池吧', 'warning'],
      // The cleft's closing 的 marks the act done.
      ['会不会是您放在床垫上称的？我们出厂都校准过的。', '秤每次都不准', '我们出厂都校准过的', 'warning'],
      // The buyer dropped, the goods defended after a fault reported.
      ['是不是放车里闷了一下午才拿出来呀？我们发货前都检查过的。', '收到的香蕉烂了一半', '发货前都检查过', 'warning'],
    ],
    [
      ['是不是我们仓库漏发了配件？我马上查一下。', '少了配件'],
      ['抱歉，是不是您那边网络不好？我这边帮您重新发一下链接。'],
      ['是否需要我帮您申请换货呢？', '坏了'],
      ['是不是快递放门口太久了？我们去找快递核实。', '巧克力化了'],
      ['是不是放门口了？您看一下门口有没有。', '没收到'],
      ['是不是您密码输错了？我帮您重置一下。'],
    ],
  )
})

describe('blame-customer (blw35): the trouble judged 难免 after the buyer\'s act, like 也是正常的', () => {
  checkKinds(
    'blame-customer',
    [
      ['您把皮鞋放暖气上烤，开胶也是难免的。', undefined, '您把皮鞋放暖气上烤，开胶也是难免的', 'error'],
    ],
    [
      ['运输途中难免会有磕碰，坏了拍照给我们按个赔。'],
      ['新鞋子难免有点磨脚，穿几天就好了。'],
      ['草莓路上有点磕碰是难免的，压坏的拍照给我们按颗赔。'],
    ],
  )
})
