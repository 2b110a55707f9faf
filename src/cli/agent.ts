import { RE2JS } from 're2js'
import { UsageError } from './errors.js'
import type { Role } from './inputs/types.js'

/** Words shops and tools use for the two sides of a chat, in role columns and fields. */
const AGENT_WORDS = new Set(['agent', 'staff', 'seller', 'service', 'waiter', 'assistant', 'kefu', 'shop', 'store', '客服', '卖家', '商家', '店铺', '店家', '小二'])
const CUSTOMER_WORDS = new Set(['customer', 'buyer', 'user', 'client', 'guest', 'visitor', '顾客', '买家', '客户', '用户', '访客'])

export function roleFromWord(word: unknown): Role | undefined {
  if (typeof word !== 'string') return undefined
  // Most lines spell the role plainly: no copies for them.
  if (AGENT_WORDS.has(word)) return 'agent'
  if (CUSTOMER_WORDS.has(word)) return 'customer'
  const w = word.trim().toLowerCase()
  if (AGENT_WORDS.has(w)) return 'agent'
  if (CUSTOMER_WORDS.has(w)) return 'customer'
  return undefined
}

/** Which speakers are agents (`--agent`): a `/regex/flags`, or a name. */
export type AgentMatcher = (speaker: string | undefined) => boolean

/**
 * A name matches itself and its sub-accounts: `--agent 某某旗舰店` matches `某某旗舰店:小美`,
 * the 主账号:子账号 form shop-side names take in 千牛 and Tmall logs; a QQ speaker
 * `Name(10001)` is matched by its name or its number.
 */
export function agentMatcher(patterns: readonly string[]): AgentMatcher | undefined {
  if (patterns.length === 0) return undefined
  const tests = patterns.map((p): ((s: string) => boolean) => {
    const re = /^\/(.+)\/([a-z]*)$/s.exec(p)
    if (re) {
      const regex = speakerRegex(re[1]!, re[2]!)
      return (s) => regex.test(s)
    }
    // 主账号 → 主账号:子账号; a QQ name or number → `Name(10001)`.
    return (s) => s === p || s.startsWith(`${p}:`) || s.startsWith(`${p}(`) || s.endsWith(`(${p})`)
  })
  return (speaker) => speaker !== undefined && tests.some((t) => t(speaker))
}

/**
 * A `/regex/` runs on every speaker name of a transcript someone else wrote: RE2 (linear time,
 * no backtracking) rather than V8's engine, so a name cannot make `/^(a+)+$/` take forever.
 * Flags i, s and m as in JavaScript; g, u and y change nothing for a yes/no test.
 */
function speakerRegex(source: string, flags: string): RE2JS {
  let bits = 0
  for (const f of flags) {
    if (f === 'i') bits |= RE2JS.CASE_INSENSITIVE
    else if (f === 's') bits |= RE2JS.DOTALL
    else if (f === 'm') bits |= RE2JS.MULTILINE
    else if (f !== 'g' && f !== 'u' && f !== 'y') throw new UsageError(`--agent /${source}/${flags}: unknown flag ${f}`)
  }
  try {
    return RE2JS.compile(source, bits)
  } catch (e) {
    // RE2 has no backreferences or lookaround: those patterns are refused, not run slowly.
    throw new UsageError(`--agent /${source}/${flags}: ${(e as Error).message} (RE2 syntax: no backreferences or lookaround)`)
  }
}

/**
 * Who is speaking, and what the customer asked last in each session. A customer's run of
 * messages (joined) is the context of every agent reply that follows it, until the customer
 * speaks again. Sessions are capped so memory stays flat on a long transcript.
 */
export class Conversation {
  private readonly sessions = new RecentMap<string, { text: string; answered: boolean }>(MAX_SESSIONS)

  constructor(private readonly agent: AgentMatcher | undefined) {}

  /** 'agent' to lint, 'customer' for context, undefined when nothing tells. */
  roleOf(role: Role | undefined, speaker: string | undefined): Role | undefined {
    // Formats that mark the agent with a flag (waiter_send, IsSender) name no speaker to match.
    if (!this.agent || speaker === undefined) return role
    if (role === 'customer') return 'customer'
    // --agent narrows the agents to those named; other shop-side speakers are neither.
    if (this.agent(speaker)) return 'agent'
    return role === 'agent' ? undefined : 'customer'
  }

  customer(session: string, text: string): void {
    const s = this.sessions.get(session)
    if (s && !s.answered) {
      s.text = own(`${s.text}\n${text}`)
      return
    }
    this.sessions.set(own(session), { text: own(text), answered: false })
  }

  /** The customer's turn an agent reply answers. */
  agentReply(session: string): string | undefined {
    const s = this.sessions.get(session)
    if (!s) return undefined
    s.answered = true
    return s.text
  }
}

/** Sessions a transcript reader remembers (the most recently started): memory stays flat. */
export const MAX_SESSIONS = 10_000

/**
 * A Map that forgets its least recently set entry once it holds more than `limit`. The oldest
 * entry is found by one iterator kept for the map's life (Map iterators are live: they skip
 * deleted entries and reach entries added later). A fresh `keys().next()` per eviction walked
 * over every deleted entry still in V8's table, which made a long transcript quadratic (2 s of
 * the main thread's 7 s under --jobs 2 at 1M lines).
 */
export class RecentMap<K, V> {
  private readonly map = new Map<K, V>()
  private readonly oldest = this.map.keys()

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.map.get(key)
  }

  /** Sets the entry as the most recent one. */
  set(key: K, value: V): void {
    this.map.delete(key)
    this.map.set(key, value)
    if (this.map.size > this.limit) this.map.delete(this.oldest.next().value!)
  }
}

/**
 * A copy of a string that shares no memory with the text it was cut from. Lines are slices of
 * the chunk they were decoded from; a slice kept for later (a customer turn, a finding's
 * record) would keep the whole chunk alive, and memory would grow with the file.
 */
export function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1)
}
