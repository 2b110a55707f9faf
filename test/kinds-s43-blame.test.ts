import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 43 (lane blame39): blame-customer classes read from the pool's misses and the focused set para-cb3's dev half.
 */
describe('blame-customer: the main cause laid on the buyer right after an apology (主要是您…; blame39)', () => {
  checkKinds(
    'blame-customer',
    [
      ['不好意思让您多等了一天，主要是您付款时没填发票抬头，我们才没法开', undefined, '您付款时没填发票抬头', 'warning'],
      ['真抱歉耽误了，主要是您提交申请时没上传凭证，所以才一直审核不了', undefined, '您提交申请时没上传凭证', 'warning'],
    ],
    [
      // the shop owning the cause, a cause that is nobody's, a negation, a question, a condition
      ['非常抱歉，主要是我们仓库漏发了，马上给您补', undefined],
      ['抱歉让您久等了，主要是最近单量太大', undefined],
      ['不好意思，主要不是您的问题，是快递延误了', undefined],
      ['主要是您平时穿几码呀？', undefined],
      ['抱歉，如果主要是您填错了地址，我们可以帮您改', undefined],
      ['主要还是看您喜欢哪种风格', undefined],
    ],
  )
})

describe('blame-customer: other buyers, their children or pets held up against the trouble (blame39)', () => {
  checkKinds(
    'blame-customer',
    [
      ['那么多人买都没说不甜，就您说酸', '橙子太酸了', '那么多人买都没说', 'error'],
      ['别的狗狗都抢着吃，您家狗狗挑嘴吧', '狗不吃', '别的狗狗都抢着吃', 'error'],
      ['其他顾客都没说有异味，您再闻闻是不是别的东西串味了', '收到有股异味', '其他顾客都没说', 'error'],
    ],
    [
      // others cited to reassure before buying, a promise nobody can make, a condition and help
      ['其他客人都没说不甜，您放心拍', undefined],
      ['我们不敢保证人人都爱吃', undefined],
      ['如果别的小朋友都能拼出来，说明零件是齐的，我们帮您看看', '拼不上'],
      ['别的小朋友都能拼出来，您家宝宝也可以的，放心买', undefined],
    ],
  )
})

describe('blame-customer: how the buyer handled it, asked back against a trouble or after the goods defended (blame39)', () => {
  checkKinds(
    'blame-customer',
    [
      ['这款杯子质量没问题的，您是怎么用的？', undefined, '您是怎么用的', 'warning'],
      ['你是怎么充的？', '充电宝充两次就鼓包了', '你是怎么充的', 'warning'],
    ],
    [
      // asking to help, help or an offer after it, a plain question with no trouble, a condition
      ['您是怎么安装的？发个视频过来我帮您看看', '灯装上不亮'],
      ['您是怎么充的？我们马上给您换一个', '充电宝充两次就鼓包了'],
      ['您平时是怎么洗的呀', undefined],
      ['如果不记得您是怎么用的，可以先看一下说明书', '坏了'],
    ],
  )
})
