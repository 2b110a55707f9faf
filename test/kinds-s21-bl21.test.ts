import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 21, lane bl21 (issue 8: blame by insinuation). Kinds, in our own words, built as constructions over wide
 * classes rather than phrase lists:
 * - the buyer's handling × its bad result (class `customer.misuse.result`: Cilin verb classes of hitting, pressing,
 *   pulling, throwing, washing, heating, cutting × break / crack / dent / deform / fade / shrink…, generated), asserted as
 *   done with 了 / 的 / 过 after the buyer as subject; goods put where they should not go (`customer.misuse.place`);
 * - the buyer's act done badly, read from its degree complement (V得 + 太X / 不X);
 * - a refusal to make good or a "that doesn't count as ours" verdict, by construction, after the buyer's narrated act;
 * - "of course" / 才 after the buyer's act with a bad result from the widened `badOutcome` list (不准, 刺痛, 测不准…).
 * Must-not-flag: advice and warnings, instructions, the shop or a courier as the one who did it, conditions, policy,
 * a question that helps, the shop's own modesty, reassurance, quotation, 保证金 / 第一时间 / 最近 / 最好.
 */
describe('blame-customer: the buyer handled it and broke it (handling × result)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您把镜框坐变形了，这个我们修不了', undefined, '您把镜框坐变形', 'error'],
      ['你把表带晒褪色了才来找我们', undefined, '你把表带晒褪色', 'error'],
      ['這是您曬褪色的，不是品質問題', undefined, '您曬褪色', 'error'],
      ['毛衣是您甩变形的', undefined, '您甩变形', 'error'],
      ['底座是您踢裂的，不在保修范围', undefined, '是您踢裂', 'error'],
      ['您把碗放进微波炉了吧', '碗裂了', '您把碗放进微波炉', 'warning'],
    ],
    [
      ['请勿摔裂，搬运时小心'],
      ['运输途中压变形了，我们马上给您补发'],
      ['是快递撞凹的，我们帮您找快递理赔'],
      ['是我们仓库打包时踩裂的，抱歉，马上补发'],
      ['如果您不小心磕裂了，也可以付费维修'],
      ['您把螺丝拧松再拆下来'],
      ['您晒褪色了？没关系，我们给您换'],
      ['摔裂属于人为损坏，不在保修范围'],
      ['可以直接放进微波炉加热哦', '能微波吗'],
      ['请问是收到就这样还是使用后出现的？', '杯子裂了'],
      ['使用时请注意不要暴晒，以免褪色'],
      ['您发个照片，我们看看是不是运输压坏的'],
      ['您说的“晒褪色了”是指哪个位置呢？'],
      ['最好不要用热水洗，容易缩水'],
    ],
  )
})

describe('blame-customer: the buyer did it too much or not right (degree complement)', () => {
  checkKinds(
    'blame-customer',
    [
      ['起泡是您刷得太厚了', undefined, '您刷得太厚', 'error'],
      ['这个味道应该是您泡得太久了吧', '茶很苦', '是您泡得太久', 'warning'],
      ['您冲得太稠了当然会结块', undefined, '您冲得太稠', 'error'],
      ['多半是你浇得太勤了吧', '叶子黄了', '是你浇得太勤', 'warning'],
    ],
    [
      ['您说得对，这个是我们写错了'],
      ['抱歉让您等得太久了'],
      ['我们发得太慢了，实在抱歉'],
      ['刷的时候不要刷得太厚哦'],
      ['有什么做得不够好的地方还请多包涵'],
      ['这件显得太大的话可以换小一码'],
      ['您的太大了吗？我们给您换'],
      ['我们保证金已经交了，您放心'],
    ],
  )
})

describe('blame-customer: a refusal or a not-ours verdict after the buyer\'s act', () => {
  checkKinds(
    'blame-customer',
    [
      ['您把鞋子拿去暴晒了一下午，开胶了这个我们没法保修', undefined, '您把鞋子拿去暴晒了一下午', 'warning'],
      ['您拿去泡了热水，变形了这个不能算次品', undefined, '您拿去泡了热水', 'warning'],
    ],
    [
      ['超过七天无法退货哦'],
      ['定制款不能算质量问题，不能退'],
      ['人为损坏不在保修范围内'],
      ['这个不能算我们的优惠，是平台补贴的'],
      ['您第一时间反馈给我们就好，我们给您换'],
    ],
  )
})

describe('blame-customer: of course it went wrong, after the buyer\'s act (wider bad results)', () => {
  checkKinds(
    'blame-customer',
    [
      ['您趴着用当然测不准', undefined, '您趴着用', 'error'],
      ['您每天敷两片当然会刺痛', undefined, '您每天敷两片', 'error'],
    ],
    [
      ['您按说明用当然不会刺痛'],
      ['您放心，正常坐当然不会塌'],
      ['最近天热，收到后尽快放冰箱哦'],
    ],
  )
})
