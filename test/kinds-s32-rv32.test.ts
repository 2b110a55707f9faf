import { describe, expect, it } from 'vitest'
import { checkKinds } from './support/harness.js'
import { createLinter } from '../src/index.js'

/**
 * Session 32 (twenty-eighth brief), lane rv32: review-manipulation, off-platform and privacy-leak on the open sets BB and BA
 * (and AZ, AY, the older pool), grouped into kinds; each kind fixed here has members from at least two sources
 * (fixtures/eval/lanes-s28/LANE-rv32.md). The sentences are ours. Traps: a review asked with nothing paid, a gift already
 * packed, a reward already given, the shop's own reshipment told on its own, 弯心 as a word, a card's serial number, a store
 * phone told and not dialled, a warning against LINE transfers, a private word inside a review deal, someone else's e-mail.
 */
describe('review-manipulation: goods reshipped, or a short reward made the condition by 才/就, for the review', () => {
  checkKinds(
    'review-manipulation',
    [
      ['收到后给个好评的话，我再给您补寄一双鞋垫', undefined, '好评的话，我再给您补寄一双', 'error'],
      ['五星好评的话我这边给你补寄个小样', undefined, '五星好评的话我这边给你补寄个小样', 'error'],
      ['晒图带视频才能返哦', undefined, '晒图带视频才能返', 'error'],
      ['给了好评就寄', undefined, '好评就寄', 'error'],
    ],
    [
      // The shop's own reshipment, a review asked on its own, a refusal, thanks with the goods already on their way.
      ['漏发的那个今天给您补寄，麻烦收到后看一下'],
      ['麻烦给个五星好评哦'],
      ['不能返现哦，好评的话我们会更有动力'],
      ['您的评价我们看到了，新的今天就寄'],
    ],
  )
})

describe('review-manipulation: money on top, the shipping claimed back, a sign before the figure', () => {
  checkKinds(
    'review-manipulation',
    [
      ['好评的话多加3元', undefined, '好评的话多加3元', 'error'],
      ['您把追评改一下，这次的邮费我们给您报了', undefined, '追评改一下，这次的邮费我们给您报了', 'error'],
      ['晒图好评，下次消费直接减NT$50', undefined, '晒图好评，下次消费直接减NT$50', 'error'],
    ],
    [['运费已经给您报了'], ['感谢您的好评，运费报了没'], ['这款加3元可以升级礼盒装，评价很好']],
  )
})

describe('review-manipulation: money handed to the buyer, then the review asked (给您补偿10元，记得好评哈)', () => {
  checkKinds(
    'review-manipulation',
    [['这边给您补偿10元，记得好评哈', undefined, '补偿10元，记得好评', 'error']],
    [
      // Already given, a gift already packed, money with another request, a review asked after the goods ship.
      ['已经给您补偿了10元，麻烦给个好评'],
      ['给您多放了一包纸巾，收到记得给好评哦'],
      ['给您补偿10元，麻烦您确认一下收货地址'],
      ['新的明天就寄，麻烦收到后给个好评'],
    ],
  )
})

describe('off-platform: WeChat by a sound-alike with 心/芯, or 薇 alone after 的, with the account', () => {
  checkKinds(
    'off-platform',
    [
      ['薇芯：shop_2025，备注买家', undefined, '薇芯：shop_2025', 'error'],
      ['加一下店长的薇 dz_8899', undefined, '加一下店长的薇', 'error'],
    ],
    [['这款是弯心设计的'], ['弯心半径是5毫米'], ['这朵花的名字叫紫薇 ，很好养']],
  )
})

describe('off-platform: a number on the card in the parcel, the store phone dialled to order, a live room there cheaper, LINE transfers', () => {
  checkKinds(
    'off-platform',
    [
      ['包裹里有张卡片，背面那个号码加一下就是我', undefined, '卡片，背面那个号', 'error'],
      ['想要的话打我们门店电话订，比网上划算', undefined, '打我们门店电话', 'error'],
      ['抖音直播间更便宜，去那边拍吧', undefined, '抖音直播间更便宜', 'error'],
      ['您可以LINE轉帳給我，比較快', undefined, 'LINE轉帳', 'error'],
    ],
    [
      ['卡片上有产品编号，方便您售后登记'],
      ['卡片背面是使用说明，您看一下'],
      ['门店电话在店铺首页，您可以咨询门店'],
      ['抖音直播间的价格我们这边看不到哦'],
      ['不要相信要求您LINE轉帳的訊息'],
    ],
    { profile: 'zh-TW' },
  )
})

describe('off-platform: 私下 in a review deal asked in the question before is review-manipulation’s alone', () => {
  checkKinds(
    'off-platform',
    [
      // A channel named keeps the money off the platform; a question about something else opens no review deal.
      ['差评能删掉吗？删了我私下微信转您10元', undefined, '私下微信转您', 'error'],
      ['能帮忙催一下吗？我私下加您微信', undefined, '私下加您微信', 'error'],
    ],
    [['差评能删掉吗？删了我私下补偿您10元'], ['好评的话我私下给您补10元']],
  )
})

describe('off-platform: a private transfer said to lack the platform’s protection is a warning (私下转账没有交易保障)', () => {
  checkKinds(
    'off-platform',
    [['可以私下转账，没有交易手续费', undefined, '私下转账', 'error']],
    [['下单请走平台，私下转账没有交易保障'], ['亲，私下付款没有任何保障，我们只在平台交易']],
  )
})

describe('privacy-leak: the agent’s own mailbox for photos is no one’s data (off-platform reports it)', () => {
  checkKinds(
    'privacy-leak',
    [
      ['她的邮箱是 lily88@163.com', undefined, 'lily88@163.com', 'error'],
      ['上一位买家的邮箱 chen_88@qq.com 我这边有', undefined, 'chen_88@qq.com', 'error'],
    ],
    [['发我邮箱 kf_service@163.com 也可以'], ['我的邮箱 wang_kf@qq.com，图片发这里']],
  )
})

describe('privacy-leak speed gates (rv32): output unchanged where the gated checks apply', () => {
  // SURNAMED runs only with 姓, districtBeside only with 区/县, and a scan opened by nearBuyer alone is skipped; each still reads
  // what it read.
  checkKinds(
    'privacy-leak',
    [
      ['住您对门姓周的那家也买了这款', undefined, '您对门', 'error'],
      ['姓赵的那位买家住在3栋1201', undefined, '3栋1201', 'error'],
      ['跟您拼团的那位是杭州西湖区的张女士', undefined, '杭州西湖区', 'error'],
    ],
    [['快递放您楼下了，麻烦取一下'], ['您楼上也有快递柜，可以放那里'], ['您家对门的快递我们不清楚哦']],
  )
  it('a reply with only a neighbour word and no data yields nothing from any rule', () => {
    const linter = createLinter({})
    expect(linter.lint('快递放您楼下了，麻烦取一下').messages.filter((m) => m.ruleId === 'privacy-leak')).toEqual([])
  })
})
