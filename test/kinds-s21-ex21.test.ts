import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 21, lane ex21 (issue 8): exaggeration made wide. Kinds, in our own words: efficacy built from a
 * disease or a body function and a verb of cure or control, with the disease class filled from THUOCL's medical
 * lexicon (body.condition.more) and the verbs enumerated (effect.raise); endorsement by institutions, media
 * programmes and professions (authority.body, the authority entry); "none can match it" idioms; "everyone who
 * bought it" predicates. Traps: advice to see a doctor, negation, the category name, 最近, a disclaimer, a
 * quoted or asked claim, a condition on the buyer, 保证金, 最好 as advice.
 */
describe('exaggeration: a disease or symptom (THUOCL medical lexicon, curated) said to clear up', () => {
  checkKinds(
    'exaggeration',
    [
      ['戴上这款护腕，腱鞘炎两周就没了', undefined, '腱鞘炎两周就没了', 'error'],
      ['用了这个坐垫，混合痔慢慢就好了', undefined, '混合痔慢慢就好了', 'error'],
      ['這款乳霜擦一陣子，富貴手就好了', undefined, '富貴手就好了', 'error'],
      ['喝这个汤，脾胃虚弱都能补回来', undefined, '脾胃虚弱都能补回来', 'error'],
      ['宝宝喝了这款米粉，鹅口疮三天就退了', undefined, '鹅口疮三天就退了', 'error'],
    ],
    [
      ['建议您先去医院查一下是不是腱鞘炎'],
      ['這款不能治療濕疹，請先看醫生'],
      ['宝宝尿床的话可以先用隔尿垫'],
      ['痛风的话饮食要清淡'],
    ],
  )
})

describe('exaggeration: a verb of cure or control before a disease or a body function', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款茶能控制血糖', undefined, '控制血糖', 'error'],
      ['每天一杯可以稳定血压', undefined, '稳定血压', 'error'],
      ['艾草贴能疏通经络', undefined, '疏通经络', 'error'],
      ['益生菌可以医治胃食道逆流', undefined, '医治胃食道逆流', 'error'],
      ['这个按摩仪能战胜失眠症', undefined, '战胜失眠症', 'error'],
    ],
    [
      ['这款不能治愈关节炎，只是保暖用的'],
      ['控制血糖要遵医嘱，我们这个只是代餐'],
      ['本店商品不具备治疗功能，胃炎请及时就医'],
      ['您问的“能不能控制血糖”，这个我们不敢保证'],
      ['吃了能稳定血压吗？'],
      ['想控制血糖的话建议先咨询医生'],
    ],
  )
})

describe('exaggeration: an institution, a programme or a profession vouching for it', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款钙片是协和医院推荐的', undefined, '协和医院推荐', 'warning'],
      ['这套绘本是湖南卫视报道过的', undefined, '湖南卫视报道', 'warning'],
      ['很多护士长都在用这款护手霜', undefined, '护士长都在用', 'warning'],
      ['这款奶粉是金牌月嫂推荐的', undefined, '金牌月嫂推荐', 'warning'],
      ['這款枕頭是台大醫院推薦的', undefined, '台大醫院推薦', 'warning'],
    ],
    [
      ['湖南卫视的节目您可以看看'],
      ['最好先问问医生能不能吃'],
    ],
  )
})

describe('exaggeration: nothing in the trade can match it', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款吸尘器在同价位里独步天下', undefined, '独步天下', 'warning'],
      ['我们是保温杯行业的龙头老大', undefined, '龙头老大', 'warning'],
      ['这款常年领跑行业', undefined, '领跑行业', 'warning'],
    ],
    [
      ['不敢说我们是行业老大'],
      ['你们是行业老大吗？'],
    ],
  )
})

describe('exaggeration: everyone who bought it', () => {
  checkKinds(
    'exaggeration',
    [
      ['买过的宝妈全都回购', undefined, '买过的宝妈全都回购', 'warning'],
      ['用过的没一个说不好', undefined, '用过的没一个说不好', 'warning'],
    ],
    [
      ['买过的都说尺码偏小，建议拍大一码'],
      ['最近天气干燥，手部干裂的话多涂护手霜'],
      ['我们的保证金已经交了'],
      ['这款是防妊娠纹霜，孕妇专用'],
      ['这款祛痘精华最近卖得不错'],
    ],
  )
})
