import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

const ID = 'privacy-leak'
const linter = linterFor(ID)
const lint = (text: string) => linter.lint(text).messages

type Kind = 'phone' | 'id' | 'address' | 'card' | 'email'
const flags: ReadonlyArray<readonly [text: string, actual: string, start: number, kind: Kind]> = [
  ['买家电话是13812345678', '13812345678', 5, 'phone'],
  ['您的手机号138-1234-5678对吗', '138-1234-5678', 5, 'phone'],
  ['联系人电话 +86 139 1234 5678', '+86 139 1234 5678', 6, 'phone'],
  ['那位买家的电话是13912345678', '13912345678', 8, 'phone'],
  ['快递员电话是 15912345678，您联系他', '15912345678', 7, 'phone'],
  ['上一位买家的手机号是186 0000 1111', '186 0000 1111', 10, 'phone'],
  ['收件人：李四，电话：13700001111', '13700001111', 10, 'phone'],
  ['她留的电话是177-8888-9999', '177-8888-9999', 6, 'phone'],
  ['退回的时候写上您的电话１３５００００１２３４', '１３５００００１２３４', 11, 'phone'],
  ['麻烦核对一下：13688889999', '13688889999', 7, 'phone'],
  ['王女士 手机：158 8888 6666', '158 8888 6666', 7, 'phone'],
  ['手机号 +8613812345678 核对一下', '+8613812345678', 4, 'phone'],
  ['0086-13912345678 是收件人的号码', '13912345678', 5, 'phone'],
  ['电话：19912345678', '19912345678', 3, 'phone'],
  ['聯繫電話13812345678', '13812345678', 4, 'phone'],
  ['身份证号11010519491231002X已登记', '11010519491231002X', 4, 'id'],
  ['您的身份证号码是 44030419900307123X 吗', '44030419900307123X', 9, 'id'],
  ['身份证号 11010519491231002x', '11010519491231002x', 5, 'id'],
  ['这位客户的身份证320102198001010016', '320102198001010016', 8, 'id'],
  ['证件号510107200002291232已核对', '510107200002291232', 3, 'id'],
  ['您的地址是北京市朝阳区建国路88号SOHO现代城5号楼1203室', '北京市朝阳区建国路88号SOHO现代城5号楼1203室', 5, 'address'],
  ['寄到浙江省杭州市余杭区文一西路969号', '浙江省杭州市余杭区文一西路969号', 2, 'address'],
  ['地址：广东省深圳市南山区科技园南路18号3栋501室', '广东省深圳市南山区科技园南路18号3栋501室', 3, 'address'],
  ['寄件人是江苏省南京市鼓楼区中山路100号', '江苏省南京市鼓楼区中山路100号', 4, 'address'],
  ['上海市浦东新区世纪大道100号环球金融中心', '上海市浦东新区世纪大道100号', 0, 'address'],
  ['您填的地址是四川省成都市武侯区天府大道北段1700号环球中心2号楼', '四川省成都市武侯区天府大道北段1700号环球中心2号楼', 6, 'address'],
  ['北京市海淀区中关村大街1号院3号楼101', '北京市海淀区中关村大街1号院3号楼101', 0, 'address'],
  ['您的地址是阳光花园小区5栋2单元301室', '阳光花园小区5栋2单元301室', 5, 'address'],
  ['收货地址：万科城3栋501，麻烦核对', '万科城3栋501', 5, 'address'],
  ['订单上的电话是13812345678', '13812345678', 7, 'phone'],
  ['身份证320102198001010015', '320102198001010015', 3, 'id'],
  ['这位客户的身份证号是320102800101001', '320102800101001', 10, 'id'],
  ['寄到廣東省廣州市天河區體育西路100號', '廣東省廣州市天河區體育西路100號', 2, 'address'],
  ['您的银行卡号6222 0212 3456 7890 128对吗', '6222 0212 3456 7890 128', 6, 'card'],
  ['银行卡：6222021234567890128', '6222021234567890128', 4, 'card'],
  ['买家邮箱是kefu_mei@163.com', 'kefu_mei@163.com', 5, 'email'],
  ['电话138.1234.5678', '138.1234.5678', 2, 'phone'],
]

const passes: readonly string[] = [
  // Masked or partial.
  '手机号138****5678',
  '您的手机号 186****1111 已经登记',
  '您的手机尾号是9999吗',
  '您的手机号后四位是1234吗',
  '身份证110***********002X',
  // Order and tracking numbers.
  '订单号：202405121381234567',
  '订单编号：3712345678901234567',
  '订单号 202306181234567890',
  '订单20240512138001234567已发货',
  '订单号：13812345678',
  '订单号110105194912310021请核对',
  '快递单号SF1234567890',
  '物流单号：YT1234567890123',
  '韵达单号 4312345678901',
  '已经给您补发了，单号JT0001234567890',
  // Hotlines and landlines.
  '客服热线400-820-8820',
  '售后热线 400-123-4567',
  '我们的客服电话 0571-12345678',
  '请拨打消费者热线12315',
  // Prices, sizes, durations.
  '价格¥139 1299 2399',
  '价格是1399元，原价1599元',
  '尺码150 160 170 180都有',
  '3-5天到，请耐心等待',
  '型号V15',
  // Areas and the shop's own address.
  '我们仓库在浙江省杭州市',
  '发货仓在广州市白云区',
  '亲，发货地是浙江杭州，3号左右到',
  '12号发货哦',
  '杭州市区3天左右到',
  '上海市内环路5号线地铁站附近',
  '退货地址：浙江省杭州市余杭区文一西路969号',
  '退货请寄回：浙江省杭州市余杭区仓前街道100号 售后部',
  '身份证号码请不要发给任何人',
  '订单号码：13812345678',
  '用户ID：13812345678',
  '订单号320102198001010015',
  '单号320102800101001',
  '幸福路100号2楼',
  '我们门店在幸福路100号2楼',
  '菜鸟驿站在阳光小区5栋101',
  '请送到5号楼1203室',
  '亲，3号楼的快递柜',
  '订单号6222021234567890128',
  '信用卡尾号1234',
  '@小美 请跟进一下',
  '发票会发到我们的售后邮箱service@brand.com.cn',
  '版本号1.2.3',
  '',
]

describe('privacy-leak: must flag', () => {
  it.each(flags)('%s → %s', (text, actual, start) => {
    expect(brief(lint(text))).toEqual([{ ruleId: ID, severity: 'error', actual, start, end: start + actual.length }])
  })

  it('names the kind of data in the message', () => {
    const kinds: Record<Kind, string> = { phone: '是手机号码', id: '是身份证号码', address: '是完整地址', card: '是银行卡号', email: '是邮箱地址' }
    for (const [text, , , kind] of flags) expect(lint(text)[0]!.message).toContain(kinds[kind])
  })

  it('reports a phone and an address in one reply', () => {
    expect(lint('收货人张三 13800138000 北京市海淀区中关村大街27号').map((m) => [m.actual, m.start])).toEqual([
      ['13800138000', 6],
      ['北京市海淀区中关村大街27号', 18],
    ])
  })
})

describe('privacy-leak: must not flag', () => {
  it.each(passes)('%s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

/** Another person's data told to this buyer: even partial, next to a reference to someone else. */
const thirdPartyFlags: ReadonlyArray<readonly [text: string, actual: string, start: number]> = [
  ['隔壁的王女士也买了，她住5栋1201', '5栋1201', 12],
  ['楼上的李先生家是 6 号楼 302 室', '6 号楼 302 室', 9],
  ['上一位顾客的订单号是 2024051298765432101', '2024051298765432101', 11],
  ['另一个买家的快递单号 YT9876543210 也延误了', 'YT9876543210', 11],
  ['您老公之前的订单 384729103948573625 我们查到了', '384729103948573625', 9],
  ['这位客人的单号 5566778899 也是这批货', '5566778899', 8],
  ['另一位客人住在杭州市西湖区文三路', '杭州市西湖区文三路', 7],
  ['别的买家在成都武侯区科华北路那边，也是今天到', '成都武侯区科华北路', 5],
  ['上一位买家留的地址是幸福路100号2楼', '幸福路100号2楼', 10],
  ['前面那位客户也是这个问题，她家住在朝阳区望京西路', '朝阳区望京西路', 17],
  ['您邻居上周也买了，寄的是8号楼2单元', '8号楼2单元', 12],
  ['那个顾客的单号是JT5566778899001', 'JT5566778899001', 8],
  ['我们查了，是寄到了302室的王女士那里', '302室', 9],
]

const thirdPartyPasses: readonly string[] = [
  // The buyer's own data, echoed back.
  '您的订单号 384729103948573625 已经发货了',
  '张女士您好，您的订单 2024051212345678 已发货',
  '这位亲，您的订单号 384729103948573625 已发货',
  '上一位顾客下单后我们按顺序发货，您的订单号2024051212345678排在今天',
  '请在订单备注您的房间号',
  // Someone else, but no data of theirs.
  '其他买家反馈3天就到了',
  '上一位顾客也问了这个问题，订单号在订单详情里可以看到',
  '您朋友的订单号是多少呀？我帮您查',
  '上一位客人买了2件，库存只剩3件了',
  '其他买家都是12号收到的',
  '我们的其他买家都在广州天河区，一般次日达',
  '另一位客服会联系您，工号10086',
  '王先生，您的包裹在3栋驿站',
  '您老公帮您签收了，放在3号快递柜',
  // Shops and the shop's own address.
  '我们的其他门店在广州天河区体育西路',
  '退货地址是浙江省杭州市余杭区文一西路969号，其他买家也是寄这里',
  '另一个颜色有货，编号 ZX2024001',
  '您的订单 202405121234567890 和另一位买家的一起发的，不用担心',
  '有个买家和您同一天下单，您的单号是 SF1234567890',
  '您的收货地址是朝阳区望京西路吗？其他信息我这边看不到',
]

describe('privacy-leak: another person\'s data', () => {
  it.each(thirdPartyFlags)('%s → %s', (text, actual, start) => {
    expect(brief(lint(text))).toEqual([{ ruleId: ID, severity: 'error', actual, start, end: start + actual.length }])
  })

  // Issue 8: another buyer's name with part of a number is a leak; the last digits of her phone
  // (尾号 6688) are reported as well as her order number (before, only the order number was).
  it('reports the end of another person\'s phone number next to her order number', () => {
    expect(brief(lint('林小姐的电话尾号 6688，订单号 77889900'))).toEqual([
      { ruleId: ID, severity: 'error', actual: '6688', start: 9, end: 13 },
      { ruleId: ID, severity: 'error', actual: '77889900', start: 18, end: 26 },
    ])
  })

  it.each(thirdPartyPasses)('passes: %s', (text) => {
    expect(lint(text)).toEqual([])
  })

  it('says whose data it is and never fixes it', () => {
    const [m] = lint('上一位顾客的订单号是 2024051298765432101')
    expect(m!.message).toBe('「2024051298765432101」是其他人的个人信息（订单号、门牌、住址），不能透露给当前买家；请只谈买家自己的订单。')
    expect(m!.expected).toEqual([])
    expect(m!.fix).toBeUndefined()
  })

  it('finds full addresses typed with spaces around the number', () => {
    expect(brief(lint('寄到上海市浦东新区张江路 1000 号'))).toEqual([
      { ruleId: ID, severity: 'error', actual: '上海市浦东新区张江路 1000 号', start: 2, end: 19 },
    ])
  })

  it('finds labelled Hong Kong mobiles in the zh-TW profile, elsewhere only with the region named', () => {
    const tw = linterFor(ID, { profile: 'zh-TW' })
    expect(brief(tw.lint('買家電話 +852 6123 4567').messages)).toEqual([{ ruleId: ID, severity: 'error', actual: '+852 6123 4567', start: 5, end: 19 }])
    expect(tw.lint('買家電話 +852 6123 4567').messages[0]!.expected).toEqual(['+852 6123 ****'])
    expect(brief(tw.lint('另一位客人的電話是 9123 4567').messages)).toEqual([{ ruleId: ID, severity: 'error', actual: '9123 4567', start: 10, end: 19 }])
    expect(tw.lint('價格 5990 6990 元').messages).toEqual([])
    expect(tw.lint('訂單號 91234567').messages).toEqual([])
    // Outside zh-TW (bo15): the +852 (or 香港/澳门) names the region; eight digits alone are a mainland landline too.
    expect(brief(linter.lint('買家電話 +852 6123 4567').messages)).toEqual([{ ruleId: ID, severity: 'error', actual: '+852 6123 4567', start: 5, end: 19 }])
    expect(linter.lint('門店電話 8765 4321').messages).toEqual([])
  })
})

describe('privacy-leak: masking', () => {
  it.each([
    ['买家电话是13812345678', '138****5678', '买家电话是138****5678'],
    ['您的手机号138-1234-5678对吗', '138-****-5678', '您的手机号138-****-5678对吗'],
    ['联系人电话 +86 139 1234 5678', '+86 139 **** 5678', '联系人电话 +86 139 **** 5678'],
    ['退回的时候写上您的电话１３５００００１２３４', '１３５****１２３４', '退回的时候写上您的电话１３５****１２３４'],
    ['身份证号11010519491231002X已登记', '110***********002X', '身份证号110***********002X已登记'],
    ['银行卡：6222021234567890128', '6222***********0128', '银行卡：6222***********0128'],
    ['买家邮箱是kefu_mei@163.com', 'k*******@163.com', '买家邮箱是k*******@163.com'],
  ] as const)('%s → %s', (text, masked, output) => {
    const [m] = lint(text)
    expect(m!.expected).toEqual([masked])
    expect(m!.fix).toEqual({ start: m!.start, end: m!.end, text: masked })
    expect(linter.fix(text)).toEqual({ output, fixed: 1, messages: [] })
  })

  it('suggests the area of an address and never fixes it', () => {
    const [m] = lint('寄到浙江省杭州市余杭区文一西路969号')
    expect(m!.expected).toEqual(['浙江省杭州市余杭区***'])
    expect(m!.fix).toBeUndefined()
    expect(m!.message).toBe(
      '「浙江省杭州市余杭区文一西路969号」是完整地址（省市区+门牌号），可能泄露买家隐私；核对时只说到区县，例如「浙江省杭州市余杭区***」，请买家在订单里确认详细地址。',
    )
  })

  it('explains in English with locale en', () => {
    const [m] = linterFor(ID, { locale: 'en' }).lint('买家电话是13812345678').messages
    expect(m!.message).toBe(
      '“13812345678” is a mobile number: sending it can leak personal data; mask it, e.g. “138****5678” (allow the shop\'s or station\'s public numbers with allowNumbers).',
    )
  })
})

describe('privacy-leak: options', () => {
  it('allows configured numbers however they are written', () => {
    const l = linterFor(ID, { rules: { [ID]: { allowNumbers: ['138-0013-8000', '11010519491231002X'] } } })
    expect(l.lint('站点电话13800138000').messages).toEqual([])
    expect(l.lint('站点电话 +86 138 0013 8000').messages).toEqual([])
    expect(l.lint('身份证号11010519491231002x').messages).toEqual([])
    expect(brief(l.lint('站点电话13800138001').messages)).toEqual([{ ruleId: ID, severity: 'error', actual: '13800138001', start: 4, end: 15 }])
  })

  it('rejects a malformed option naming the rule', () => {
    expect(() => linterFor(ID, { rules: { [ID]: { allowNumbers: '13800138000' } } })).toThrow(/config\.rules\.privacy-leak\.allowNumbers/)
  })

  it('finds Taiwanese mobiles in the zh-TW profile, elsewhere when labelled', () => {
    const tw = linterFor(ID, { profile: 'zh-TW' })
    expect(brief(tw.lint('買家電話是0912-345-678').messages)).toEqual([{ ruleId: ID, severity: 'error', actual: '0912-345-678', start: 5, end: 17 }])
    expect(tw.lint('買家電話是0912-345-678').messages[0]!.expected).toEqual(['0912-***-678'])
    const [intl] = tw.lint('電話 +886 912 345 678').messages
    expect(brief([intl!])).toEqual([{ ruleId: ID, severity: 'error', actual: '+886 912 345 678', start: 3, end: 19 }])
    expect(intl!.fix!.text).toBe('+886 912 *** 678')
    expect(brief(tw.lint('買家電話是13812345678').messages)).toEqual([{ ruleId: ID, severity: 'error', actual: '13812345678', start: 5, end: 16 }])
    // Outside zh-TW (bo15): labelled as a phone only.
    expect(brief(linter.lint('買家電話是0912-345-678').messages)).toEqual([{ ruleId: ID, severity: 'error', actual: '0912-345-678', start: 5, end: 17 }])
    expect(linter.lint('訂單0912345678').messages).toEqual([])
    const allowed = linterFor(ID, { profile: 'zh-TW', rules: { [ID]: { allowNumbers: ['+886 912-345-678'] } } })
    expect(allowed.lint('門市電話0912345678').messages).toEqual([])
  })

  it('forces a severity', () => {
    const l = linterFor(ID, { rules: { [ID]: 'warning' } })
    expect(l.lint('买家电话是13812345678').messages.map((m) => m.severity)).toEqual(['warning'])
  })
})
