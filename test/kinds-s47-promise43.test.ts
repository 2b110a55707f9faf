import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 47 (lane promise43, forty-third session): kinds of exaggeration read on DF, written as classes
 * (a speech act, a construction, a word class). Sentences written for these tests, not taken from the sets.
 */
describe('exaggeration: a disease or body condition said to yield, praised as working (promise43)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款足贴对脚气特别有效', undefined, '脚气特别有效', 'error'],
      ['这款喷剂对鼻炎非常管用', undefined, '鼻炎非常管用', 'error'],
    ],
    [
      ['对鼻炎很有效吗？', undefined],
      ['不敢说对失眠非常有效，因人而异', undefined],
      ['这款洗洁精去油效果很好', undefined],
    ],
  )
})

describe('exaggeration: a tea\'s brews counted and the whole market as a ceiling\'s scope (promise43)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款坚果口感全网天花板', undefined, '全网天花板', 'warning'],
    ],
    [
      ['岩茶第一泡建议快进快出', undefined],
      ['单丛第一泡的香气最高，后面会慢慢回落', undefined],
      ['吸顶灯装在天花板上', undefined],
    ],
  )
})
