import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 49 (lane thes45, forty-fifth brief): word classes widened from the thesaurus 同义词词林扩展版 (`=` synonyms
 * only, read by eye; scripts/vocab/thesaurus-candidates.mjs lists the candidates). Rows in the lane's own words; each
 * must-flag row turns on a word the widening added.
 */
describe('absolute-promise: outcomes the shop does not control, widened (outcome.damage/wear/colour/delay; thes45)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款t恤洗多少次都不会走样', undefined, '不会走样', 'error'],
      ['这件牛仔裤保证不会落色', undefined, '保证', 'error'],
      ['包裹肯定不会遗失的', undefined, '肯定', 'error'],
    ],
    [
      // a condition with the shop's remedy, a question, a negated promise with advice, the shop owning the fault, a report
      ['要是包裹遗失了，我们负责补发', undefined],
      ['如果路上破碎了，我们包赔', undefined],
      ['这个是包赔的吗？', undefined],
      ['这款不能保证不落色，建议手洗', undefined],
      ['建议不要用力拉扯，容易走样', undefined],
      ['您好，是我们打包没做好，导致瓷碗破碎了，马上给您补发', undefined],
      ['物流显示晚点了，我帮您催一下', undefined],
      ['我们家的衣服有时会有轻微落色，第一次洗请单独洗', undefined],
    ],
  )
})

describe('absolute-promise: a body result said as certain, widened (effect.change, body.condition, body.function; thes45)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['净化器放一个月甲醛就彻底清除了', undefined, '一个月甲醛就彻底清除', 'error'],
      ['这个面霜能让伤疤彻底消失', undefined, '伤疤彻底消失', 'error'],
      ['吃一个月记性就变好了', undefined, '记性就变好', 'error'],
    ],
    [
      // a warning about habits, a denial of a cure, a question
      ['长期熬夜记性会变差哦', undefined],
      ['这个药不能根治脚癣，只能缓解', undefined],
      ['这款不会对身体造成损害吗？', undefined],
    ],
  )
})

describe('exaggeration: efficacy, harm and authority words, widened (effect.*, harm.noun, authority.body, body.*; thes45)', () => {
  checkKinds(
    'exaggeration',
    [
      ['用了这个皱纹马上消散', undefined, '皱纹马上消散', 'error'],
      ['这款眼药水能提高目力', undefined, '提高目力', 'error'],
      ['这款保健品对身体没有任何损害', undefined, '没有任何损害', 'error'],
      ['全国的卫生院都推荐我们这款', undefined, '卫生院都推荐', 'warning'],
      ['这个膏药贴一个月瘤子就消了', undefined, '瘤子就消了', 'error'],
      ['喝了这个茶，发作都没了', undefined, '发作都没了', 'error'],
    ],
    [
      // advice to see a clinic, a denial, a habit warning
      ['具体情况请咨询当地卫生院的医生', undefined],
      ['如果哮喘发作请立即就医', undefined],
      ['这个药不能根治脚癣，只能缓解', undefined],
      ['长期熬夜记性会变差哦', undefined],
    ],
  )
})
