import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 48 (lane redline44, forty-fourth brief): internet-slang in the zh-TW profile, a class named from a DG design miss
 * (親 with a reassurance right after it) and written over its field. Rows in the lane's own words.
 */
describe('internet-slang zh-TW: 親 / 寶 opening a clause as the one told to be at ease or to do something (redline44)', () => {
  checkKinds(
    'internet-slang',
    [
      ['這款不容易褪色，親放心穿', undefined, '親放心', 'warning'],
      ['親別擔心，包裹已經到轉運中心了', undefined, '親別擔心', 'warning'],
      ['親稍候，我查一下庫存', undefined, '親稍候', 'warning'],
      ['親可以先量一下腰圍再選尺寸', undefined, '親可以', 'warning'],
      ['收到後有問題，親記得拍照給我們', undefined, '親記得', 'warning'],
      ['寶寶放心，週五前一定寄出', undefined, '寶寶放心', 'warning'],
      ['寶別著急，已經幫您加急了', undefined, '寶別著急', 'warning'],
    ],
    [
      // 母親 / 雙親 / 相親 / 親自, 您 as the address, 支付寶, an infant as 寶寶, a question about the infant
      ['母親放心用，成分很溫和'],
      ['雙親可以一起使用'],
      ['相親別擔心穿搭，這件很百搭'],
      ['親自試穿過，不會起毛球'],
      ['您放心，明天就出貨'],
      ['支付寶放心付，有交易保障'],
      ['寶寶可以吃嗎？一歲以上都可以'],
    ],
    { profile: 'zh-TW' },
  )
})

describe('internet-slang marketplace: 亲 before a reassurance stays house style (redline44)', () => {
  checkKinds('internet-slang', [], [['亲放心，明天就发货'], ['亲可以先量一下腰围'], ['宝宝放心，周五前寄出']])
})
