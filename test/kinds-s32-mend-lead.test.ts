import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { checkKinds } from './support/harness.js'

/**
 * Session 32 (twenty-eighth working session), the lead's mend of the reviewer's findings on the merged lanes, in our own
 * words: each construction a lane widened keeps its catch and gives back the clean replies it took.
 */

// review-manipulation: after compensation, only a GOOD review asked for is its price (补偿…，麻烦给个五星); a review asked as
// such (麻烦您收到后评价一下, 评价的时候按实际情况写) is an invitation any shop may make.
describe('review-manipulation: a review asked after compensation is a price only when it must be good', () => {
  checkKinds(
    'review-manipulation',
    [['给您补偿8元，顺便帮忙给个五星哈', undefined, '补偿8元，顺便帮忙给个五星哈', 'error']],
    [['东西破损真抱歉，给您补偿10元，麻烦您收到后评价一下'], ['给您退了15块运费，麻烦您评价的时候按实际情况写']],
  )
})

// blame-customer: a habit guessed after the goods are cleared lays the cause on the buyer, unless it is asked as a
// diagnostic question (请问您是不是…呢？).
describe('blame-customer: a diagnostic question is no guessed blame', () => {
  checkKinds(
    'blame-customer',
    [['颜色变浅很正常，您是不是经常用热水洗啊', undefined, '您是不是经常用热水洗啊', 'warning']],
    [['发热是正常的，请问您是不是边充电边玩游戏呢？'], ['轻微异味是正常的，想确认一下您是不是刚拆开就装起来了？']],
  )
})

// internet-slang: "listen to me" is the influencer's pitch after a crowd address (家人们听我一句劝); after one 姐妹 it is
// plain talk to one buyer.
describe('internet-slang: listen-to-me after a crowd, not after one 姐妹', () => {
  checkKinds('internet-slang', [], [['姐妹听我讲，这款要先泡一下再洗'], ['姐妹听我说，充满电再拔下来']])
  it('flags the address and the pitch after a crowd', () => {
    const linter = createLinter({})
    const found = linter.lint('家人们听我一句劝，这款闭眼入').messages.filter((m) => m.ruleId === 'internet-slang')
    expect(found.map((m) => [m.actual, m.start, m.severity])).toEqual([
      ['家人们', 0, 'warning'],
      ['听我一句劝', 3, 'warning'],
      ['闭眼入', 11, 'warning'],
    ])
  })
})

// off-platform: the shop's live room elsewhere called cheaper sends the buyer there; said as a condition (…更便宜的话，
// 我们这边也可以按那个价) it is a price match here.
describe('off-platform: a cheaper live room as a condition is a price match', () => {
  checkKinds(
    'off-platform',
    [['快手直播间拍更便宜，您去那边下单', undefined, '快手直播间拍更便宜', 'error']],
    [['您在快手直播间拍更便宜的话，我们这边也可以按那个价给您']],
  )
})
