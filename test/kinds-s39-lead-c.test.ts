import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 39 (the lead, set BP after its first sight): whom the customer hired or keeps — 您找的师傅, 您家师傅, 您请的装修队,
 * 您家猫 — named as the one who did it wrong puts the trouble on the customer, as 您 alone does. The shop's own installer
 * (我们的师傅) owning the slip, and the customer's person praised or asked about, are not blame.
 */
describe('blame-customer: the customer\'s own person as the cause (lead35)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您找的师傅没装对，所以才会渗水', undefined, '您找的师傅没装对', 'warning'],
      ['是您家師傅把水管接錯了', undefined, '接錯', 'error'],
      ['您请的师傅把插座装反了，所以才跳闸', undefined, '装反', 'error'],
      ['你家师傅没拧紧，才会漏水', undefined, '你家师傅没拧紧', 'error'],
      ['是您那边找的安装师傅把滤芯装错了', undefined, '装错', 'error'],
    ],
    [
      ['是我们的师傅没装好，明天安排重新上门', undefined],
      ['您找的师傅很专业，装得很好看', undefined],
      ['您家师傅要是装不上，可以打电话给我们的安装热线', undefined],
      ['您家猫咪几个月了呀？幼猫建议用小颗粒', undefined],
    ],
  )
})
