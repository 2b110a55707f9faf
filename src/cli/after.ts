import { own } from './agent.js'

/**
 * What the agent sends after a reply in the same turn (LintOptions.agentAfter): its later messages in the session, until
 * the customer speaks again there, the session or the file ends. Real transcripts split one answer over several
 * messages (抱歉哦亲 / 赠品都是指定的哈 / 无法修改); the first is not the whole reply.
 *
 * A reply cannot be linted until its turn is known, so replies wait here, in file order, and are handed on in file order
 * once their turn is: the output is the same as linting each at once, only later. Bounded like agentBefore
 * (agent.ts SAID_CHARS): at most AFTER_CHARS characters and AFTER_MESSAGES messages of the rest of the turn, and a
 * reply waits at most AFTER_REACH turns of the file (any speaker, any session): then what came is all it gets. So at
 * most AFTER_REACH + 1 replies wait, whatever the file, and a range read by a worker (ranges.ts) needs at most
 * AFTER_REACH turns past its end to settle its last replies as one thread would.
 */
export const AFTER_CHARS = 400
export const AFTER_MESSAGES = 8
export const AFTER_REACH = 64

interface Waiting<T> {
  item: T
  session: string | undefined
  /** The turn number of the file the reply was read at. */
  at: number
  after: string | undefined
  messages: number
  open: boolean
}

export class TurnAfter<T> {
  private readonly waiting: Array<Waiting<T>> = []
  /** Turns read so far (every turn of the file, whoever speaks). */
  private turns = 0

  /** `done` gets each reply, in file order, with the rest of its turn. */
  constructor(private readonly done: (item: T, after: string | undefined) => void) {}

  /** Replies still waiting for the rest of their turn. */
  get open(): boolean {
    return this.waiting.some((w) => w.open)
  }

  /**
   * One more turn of the file: a customer's message closes its session's agent turn, an agent's message is part of it
   * (role undefined: a speaker not told apart, nothing for the turn). Call for every turn, before `reply`.
   */
  turn(session: string | undefined, role: 'agent' | 'customer' | undefined, text: string): void {
    this.turns++
    const waiting = this.waiting
    if (waiting.length === 0) return
    for (const w of waiting) {
      if (!w.open) continue
      if (this.turns - w.at > AFTER_REACH) w.open = false
      else if (session === undefined || w.session !== session || role === undefined) continue
      else if (role === 'customer') w.open = false
      else {
        w.after = w.after === undefined ? text : `${w.after}\n${text}`
        if (++w.messages >= AFTER_MESSAGES || w.after.length >= AFTER_CHARS) {
          w.after = own(w.after.slice(0, AFTER_CHARS))
          w.open = false
        }
      }
    }
    this.flush()
  }

  /**
   * The agent reply of the turn just read (after `turn`): waits for the rest of its turn, or, outside a chat
   * (`session` undefined: a reply file), is handed on as soon as the replies before it are.
   */
  reply(item: T, session: string | undefined): void {
    if (session === undefined && this.waiting.length === 0) {
      this.done(item, undefined)
      return
    }
    this.waiting.push({ item, session, at: this.turns, after: undefined, messages: 0, open: session !== undefined })
  }

  /** The file (or what a range may read past its end) is over: every reply gets what came of its turn. */
  end(): void {
    for (const w of this.waiting) w.open = false
    this.flush()
  }

  private flush(): void {
    const waiting = this.waiting
    let n = 0
    while (n < waiting.length && !waiting[n]!.open) n++
    if (n === 0) return
    const ready = waiting.splice(0, n)
    for (const w of ready) this.done(w.item, w.after === undefined ? undefined : own(w.after))
  }
}
