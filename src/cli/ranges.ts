import { closeSync, openSync, readSync } from 'node:fs'
import { joinSaid, MAX_SESSIONS, own, RecentMap } from './agent.js'

/**
 * A large transcript linted by several workers at once: cut into byte ranges at line breaks,
 * each range read, parsed and linted by one worker, the results put back in file order with
 * line numbers and record indexes shifted by what came before.
 *
 * Context is the hard part: an agent reply answers the customer's last turn in its session,
 * which may sit in an earlier range. A worker lints every reply at once; a reply whose session
 * it has not seen start in its range is provisional ("pending") and kept, with its findings,
 * until the main thread tells it how each such session stood at the range's start. Only the
 * replies whose context then differs are linted again. Results are the same as one thread's.
 */

/**
 * Ranges are about this size: big enough to amortise a task, small enough to spread, and small
 * enough that what a range keeps until its sessions are settled (every finding, packed, and the
 * first reply of each session that starts in it) stays small: it outlives the scavenges and is
 * collected in the old generation of each thread. --jobs 2 json on a 4M-line transcript (load
 * ~10): 8 MB ranges peaked at 576–645 MB RSS (four runs), 4 MB at 545–555 (three), 2 MB at
 * 497–516 (two), for the same CPU time (56–58 s) within the noise; on 1M lines all 430–470 MB
 * (the run ends before the heaps grow). 2 MB was not taken: twice the tasks, whose cost on
 * many idle cores could not be measured here.
 */
export const RANGE_BYTES = 4 * 1024 * 1024

/** [start, end) byte offsets of ranges that start at a line start (after any BOM). */
export function splitAtLines(path: string, size: number, from: number, rangeBytes = RANGE_BYTES): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const fd = openSync(path, 'r')
  const probe = Buffer.allocUnsafe(64 * 1024)
  try {
    let start = from
    while (start < size) {
      let end = start + rangeBytes
      if (end >= size) end = size
      else {
        // The range ends just after the next line break.
        for (let at = end; ; at += probe.length) {
          const n = readSync(fd, probe, 0, probe.length, at)
          if (n === 0) {
            end = size
            break
          }
          const lf = probe.subarray(0, n).indexOf(0x0a)
          if (lf !== -1) {
            end = at + lf + 1
            break
          }
        }
      }
      out.push([start, end])
      start = end
    }
  } finally {
    closeSync(fd)
  }
  return out
}

/** How a session stood when a range started, as the main thread knows it. */
export type SessionState = { text: string; answered: boolean; said?: string } | undefined

/** What a range did to a session, to be applied to the state it started with. */
export type SessionChange =
  /** An agent replied before any customer turn: the session's last turn is answered, and `said` more. */
  | { kind: 'answer'; said: string }
  /** The range's first turns were the customer's: they extend an unanswered turn, or start one. */
  | { kind: 'extend'; run: string; answered: boolean; said?: string }
  /** The range ended on a run of its own. */
  | { kind: 'set'; text: string; answered: boolean; said?: string }

type Local =
  | { mode: 'answer'; said: string }
  | { mode: 'head'; run: string; answered: boolean; said?: string }
  | { mode: 'free'; text: string; answered: boolean; said?: string }

export type Pending = 'before-customer' | 'after-head'

/**
 * The Conversation of one range (see agent.ts), which does not know how its sessions stood at
 * the start: each agent reply gets the context the range can see, and whether it may change.
 */
export class RangeConversation {
  private readonly local = new Map<string, Local>()

  customer(session: string, text: string): void {
    const s = this.local.get(session)
    if (!s) this.local.set(own(session), { mode: 'head', run: own(text), answered: false })
    else if (s.mode === 'head' && !s.answered) s.run = own(`${s.run}\n${text}`)
    else if (s.mode === 'free' && !s.answered) s.text = own(`${s.text}\n${text}`)
    else this.local.set(session, { mode: 'free', text: own(text), answered: false })
  }

  /**
   * The context of an agent reply (`text`) as far as the range can tell. For a 'before-customer' reply,
   * `agentBefore` is only what the range saw (resolvedAgentBefore adds how the session stood).
   */
  agentReply(session: string, text: string): { previous: string | undefined; pending?: Pending; agentBefore: string | undefined } {
    const s = this.local.get(session)
    if (!s) {
      this.local.set(own(session), { mode: 'answer', said: joinSaid(undefined, text) })
      return { previous: undefined, pending: 'before-customer', agentBefore: undefined }
    }
    const agentBefore = s.said
    s.said = joinSaid(s.said, text)
    if (s.mode === 'answer') return { previous: undefined, pending: 'before-customer', agentBefore }
    s.answered = true
    if (s.mode === 'head') return { previous: s.run, pending: 'after-head', agentBefore }
    return { previous: s.text, agentBefore }
  }

  /** The run a pending 'after-head' reply answered (what its provisional context was). */
  headRun(session: string): string | undefined {
    const s = this.local.get(session)
    return s?.mode === 'head' ? s.run : undefined
  }

  changes(): Array<[string, SessionChange]> {
    const out: Array<[string, SessionChange]> = []
    for (const [session, s] of this.local) {
      if (s.mode === 'answer') out.push([session, { kind: 'answer', said: s.said }])
      else if (s.mode === 'head') out.push([session, { kind: 'extend', run: s.run, answered: s.answered, said: s.said }])
      else out.push([session, { kind: 'set', text: s.text, answered: s.answered, said: s.said }])
    }
    return out
  }
}

/**
 * What the agent had already sent in the turn of a pending 'before-customer' reply: as Conversation sees it,
 * nothing in a session it never saw; otherwise the turn's messages before the range, then the range's own.
 */
export function resolvedAgentBefore(kind: Pending, start: SessionState, provisional: string | undefined): string | undefined {
  if (kind !== 'before-customer') return provisional
  if (start === undefined) return undefined
  if (start.said === undefined) return provisional
  return provisional === undefined ? start.said : joinSaid(start.said, provisional)
}

/** The context a pending reply really has, given how its session stood at the range's start. */
export function resolvedPrevious(kind: Pending, start: SessionState, headRun: string | undefined): string | undefined {
  if (kind === 'before-customer') return start?.text
  return start && !start.answered ? `${start.text}\n${headRun}` : headRun
}

/** Sessions as they stand between ranges, on the main thread (capped like Conversation's). */
export class SessionBook {
  private readonly sessions = new RecentMap<string, { text: string; answered: boolean; said?: string }>(MAX_SESSIONS)

  get(session: string): SessionState {
    const s = this.sessions.get(session)
    return s && { text: s.text, answered: s.answered, said: s.said }
  }

  apply(changes: ReadonlyArray<[string, SessionChange]>): void {
    for (const [session, c] of changes) {
      const s = this.sessions.get(session)
      if (c.kind === 'answer') {
        if (s) {
          s.answered = true
          s.said = s.said === undefined ? c.said : joinSaid(s.said, c.said)
        }
        continue
      }
      if (c.kind === 'extend' && s && !s.answered) {
        s.text = `${s.text}\n${c.run}`
        s.answered = c.answered
        s.said = c.said
        continue
      }
      this.sessions.set(session, { text: c.kind === 'extend' ? c.run : c.text, answered: c.answered, said: c.said })
    }
  }
}
