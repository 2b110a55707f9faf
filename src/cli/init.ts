import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline/promises'
import writeFileAtomic from 'write-file-atomic'
import { CONFIG_NAMES } from './config.js'
import { UsageError } from './errors.js'

/** --init: a starter .kefulintrc.yaml for a shop, from its profile and platform. */

export const PROFILES = ['marketplace', 'zh-TW', 'strict'] as const
export const PLATFORMS = { taobao: ['淘宝', '天猫', '千牛'], jd: ['京东'], pinduoduo: ['拼多多', '拼夕夕'], douyin: ['抖音', '抖店'], other: [] } as const
export type Platform = keyof typeof PLATFORMS

const PROFILE_HELP: Record<(typeof PROFILES)[number], string> = {
  marketplace: '电商店铺（默认）',
  'zh-TW': '繁体中文店铺',
  strict: '严格：提示级别的问题也报告',
}

export interface InitAnswers {
  profile?: string
  platform?: string
}

interface InitIo {
  cwd: string
  stdin: NodeJS.ReadableStream & { isTTY?: boolean }
  stdout: NodeJS.WritableStream
}

/** Asks what the flags did not say (only on a terminal), then writes the config; returns its path. */
export async function init(given: InitAnswers, io: InitIo): Promise<string> {
  const existing = CONFIG_NAMES.filter((n) => n !== 'package.json').find((n) => existsSync(join(io.cwd, n)))
  if (existing) throw new UsageError(`--init: ${join(io.cwd, existing)} already exists; not overwritten`)
  let { profile, platform } = given
  if (io.stdin.isTTY && (!profile || !platform)) {
    const rl = createInterface({ input: io.stdin, output: io.stdout })
    try {
      profile ??= await choose(rl, 'Profile 规则档位', PROFILES.map((p) => [p, PROFILE_HELP[p]]))
      platform ??= await choose(rl, 'Platform 店铺所在平台', Object.keys(PLATFORMS).map((p) => [p, PLATFORMS[p as Platform].join('/') || '其他']))
    } finally {
      rl.close()
    }
  }
  profile ??= 'marketplace'
  platform ??= 'other'
  if (!(PROFILES as readonly string[]).includes(profile)) throw new UsageError(`--init: unknown profile ${profile}; expected one of ${PROFILES.join(', ')}`)
  if (!(platform in PLATFORMS)) throw new UsageError(`--platform: unknown platform ${platform}; expected one of ${Object.keys(PLATFORMS).join(', ')}`)
  const file = join(io.cwd, '.kefulintrc.yaml')
  await writeFileAtomic(file, starterConfig(profile, platform as Platform))
  return file
}

async function choose(rl: ReturnType<typeof createInterface>, question: string, options: [string, string][]): Promise<string> {
  const menu = options.map(([value, help], i) => `  ${i + 1}) ${value} — ${help}`).join('\n')
  for (;;) {
    const answer = (await rl.question(`${question}\n${menu}\n[1-${options.length}, default 1]: `)).trim()
    if (answer === '') return options[0]![0]
    const byNumber = options[Number(answer) - 1]
    const chosen = byNumber?.[0] ?? options.find(([value]) => value === answer)?.[0]
    if (chosen) return chosen
  }
}

/** The config text: valid YAML the linter accepts, commented for the person who edits it next. */
export function starterConfig(profile: string, platform: Platform): string {
  const others = Object.entries(PLATFORMS)
    .filter(([name]) => name !== platform)
    .flatMap(([, names]) => names)
  return `# kefu-lint config (kefu-lint --init: profile ${profile}, platform ${platform}).
# Every key: see the README (Configuration). Severities: off | info | warning | error.
root: true
profile: ${profile}
locale: zh
allow: []            # phrases no rule reports, e.g. [正品保证]
rules: {}            # e.g. internet-slang: { severity: info, threshold: 2 }
custom:
  # Naming another marketplace in a customer chat is against most platforms' rules.
  - id: shop/other-platforms
    kind: existence
    phrases: [${others.join(', ')}]
    message: 不要在聊天中提及其他平台
    severity: warning
`
}
