import { describe } from 'vitest'
import { checkKinds as check } from './support/harness.js'

// Rules-y, seventh session: kinds from a taxonomy of how agents promise and exaggerate (not from any
// eval set's misses), each with its traps. Sentences written for this file; none is taken from an
// eval set.

describe('absolute-promise: a bad outcome denied by a rhetorical question (怎么可能压坏, 哪会掉色, 咋会过敏)', () => {
  check(
    'absolute-promise',
    [
      ['三层气泡膜裹着，路上怎么可能摔碎', undefined, '怎么可能摔碎', 'error'],
      ['这是进口鞣制的牛皮，哪会开裂啊', undefined, '哪会开裂', 'error'],
      ['这种面料咋会起球呢，您放心穿', '这个卫衣会不会起球', '咋会起球', 'error'],
      ['不锈钢的内胆，哪能生锈', undefined, '哪能生锈', 'error'],
      ['這款是活性印染，怎麼可能褪色呢', undefined, '怎麼可能褪色', 'error'],
      ['恒温冷链送的，雪糕哪里会融化', undefined, '哪里会融化', 'error'],
    ],
    // Surprise at what happened (了, an apology, the customer reporting it), a hedge, a question about the cause, a time word.
    [
      ['怎么会摔碎了呢，我马上帮您联系快递'],
      ['怎么会漏呢，实在抱歉，这就给您补发'],
      ['哪会生锈呢，您拍个照片我看看', '才用了一周锅就生锈了'],
      ['一般怎么会褪色呢，除非用了漂白剂'],
      ['您看会不会是洗的时候水温太高了呢'],
      ['哪会儿能送到呀？'],
      ['怎么会这样，我帮您查一下'],
    ],
  )
})

describe('exaggeration: none of a harm at all for any body (没有任何伤害, 一点甲醛都没有, 不含任何激素)', () => {
  check(
    'exaggeration',
    [
      ['这款祛痘膏不含任何激素', undefined, '不含任何激素', 'error'],
      ['宝宝长期用也没有任何危害', undefined, '没有任何危害', 'error'],
      ['板材用的是进口的，一点甲醛都没有', undefined, '甲醛都没有', 'error'],
      ['这个中药足贴一丁点副作用也不会有', undefined, '副作用也不会有', 'error'],
      ['我们的水性漆零甲醛，刷完就能住', undefined, '零甲醛', 'error'],
      ['纯草本的洗发水，连荧光剂都没有', undefined, '荧光剂都没有', 'error'],
    ],
    // A measured result, a hedge or refusal to claim it, a condition, a question.
    [
      ['甲醛没有超标，检测报告在详情页'],
      ['不敢说一点副作用都没有，敏感体质先少量试用'],
      ['如果用了没有任何不良反应，可以继续用'],
      ['真的不含任何激素吗？'],
      ['零下十度也能正常使用'],
      ['零食大礼包今天有货'],
    ],
  )
})

