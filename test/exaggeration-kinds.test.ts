import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

// Issue 8, claims in any wording: kinds of claim written fresh for these tests (not taken from a dev
// set), each reported once with its span and severity, and the traps next to them — negation, advice,
// questions, product names, the shop's own range, sizes and specs, the shop owning a mistake.
describe('exaggeration kinds: medical and health functions said of the product', () => {
  checkKinds(
    'exaggeration',
    [
      ["这款菊花茶能清热解毒", undefined, "清热解毒", 'error'],
      ["這款人參茶可以補氣血", undefined, "補氣血", 'error'],
      ["这个足浴包泡了能祛湿排毒", undefined, "泡了能祛湿排毒", 'error'],
      ["这个泡脚粉能燃烧脂肪", undefined, "燃烧脂肪", 'error'],
    ],
    [],
  )
})
describe('exaggeration kinds: a body function or condition that changes', () => {
  checkKinds(
    'exaggeration',
    [
      ["吃了这款鱼油精力直接翻倍", undefined, "精力直接翻倍", 'error'],
      ["喝了半个月睡眠一下子就好了", undefined, "睡眠一下子就好了", 'error'],
      ["这个艾灸贴贴了痛经就好", undefined, "痛经就好", 'error'],
      ["这款狗粮吃了泪痕全消", undefined, "泪痕全消", 'error'],
      ["这个脚膜用完后老茧就不见了", undefined, "老茧就不见了", 'error'],
      ["这支牙膏能预防蛀牙", undefined, "预防蛀牙", 'error'],
      ["这款维生素能提高孩子的免疫力", undefined, "提高孩子的免疫力", 'error'],
      ["这款茶能抑制癌细胞", undefined, "抑制癌细胞", 'error'],
      ["这套护肤品越用越年轻", undefined, "越用越年轻", 'error'],
      ["这个凉茶比吃药还管用", undefined, "比吃药还", 'error'],
      ["用了这款止痒喷雾，脚气再也不复发", undefined, "再也不复发", 'error'],
    ],
    [],
  )
})
describe('exaggeration kinds: a result by a date or a figure', () => {
  checkKinds(
    'exaggeration',
    [
      ["這款面霜七天淡斑", undefined, "七天淡斑", 'error'],
      ["这个生发精华一个月就长发", undefined, "一个月就长发", 'error'],
      ["腰围一个月小两寸", undefined, "小两寸", 'error'],
      ["小狗吃了半个月胖了一圈", undefined, "胖了一圈", 'error'],
    ],
    [],
  )
})
describe('exaggeration kinds: zero risk and the sensitive', () => {
  checkKinds(
    'exaggeration',
    [
      ["这款爽身粉宝宝舔了也没事", undefined, "宝宝舔了也没事", 'error'],
      ["这款果泥孕妇小孩都能吃", undefined, "小孩都能吃", 'error'],
      ["吃多少都不会胖的", undefined, "多少都不会胖", 'error'],
      ["这款婴儿霜零刺激", undefined, "零刺激", 'error'],
    ],
    [],
  )
})
describe('exaggeration kinds: everyone and nobody', () => {
  checkKinds(
    'exaggeration',
    [
      ["没有哪只猫不爱吃的", undefined, "没有哪只猫不爱吃", 'warning'],
      ["这款猫条猫见猫爱", undefined, "猫见猫爱", 'warning'],
      ["这款酵素全网没有一个差评", undefined, "没有一个差评", 'warning'],
    ],
    [],
  )
})
describe('exaggeration kinds: authority, rankings and comparisons no product beats', () => {
  checkKinds(
    'exaggeration',
    [
      ["这个奶粉是三甲医院推荐的", undefined, "三甲医院推荐", 'warning'],
      ["这个锅是锅具界的天花板", undefined, "界的天花板", 'warning'],
      ["这个扫地机同类产品都比不上", undefined, "同类产品都比不上", 'warning'],
      ["这款拖把比普通拖把好用十倍", undefined, "好用十倍", 'warning'],
      ["这款是今年年货节最畅销的", undefined, "最畅销", 'warning'],
      ["这个锅能用一百年", undefined, "用一百年", 'warning'],
      ["这款按摩椅堪称按摩椅之王", undefined, "之王", 'warning'],
      ["我们家是干皮救星", undefined, "干皮救星", 'warning'],
    ],
    [],
  )
})
describe('exaggeration kinds: what is not a claim', () => {
  checkKinds('exaggeration', [], [
    ["安全第一，电热毯别折着用"],
    ["这款不是最便宜的，但用料更足"],
    ["这款是店里卖得最好的"],
    ["最近下单的人比较多"],
    ["效果因人而异，一般一个月左右会有改善"],
    ["我们不敢说能祛湿排毒"],
    ["清热解毒口服液今天有货"],
    ["这个茶能排毒吗？"],
    ["建议您咨询医生后再用"],
    ["这款按摩椅不能治疗颈椎病"],
    ["宝宝湿疹好了再穿"],
    ["孕妇能不能吃建议先问问医生"],
    ["买多少都没问题，库存充足"],
    ["这个价格去哪都买不到了，已经停产"],
    ["吸顶灯装在天花板上"],
    ["这款比那款腰围小2cm"],
    ["偏胖20斤的话建议选XL"],
    ["这个灯的亮度比上一代高20%"],
    ["有没有比这更便宜的链接？"],
    ["这个是我们的金牌客服为您服务"],
    ["安卓和苹果都能用"],
    ["我们再也不会发错货了"],
  ])
})
