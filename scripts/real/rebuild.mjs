#!/usr/bin/env node
// Rebuilds the real-traffic corpus (agent replies from the public JDDC sample) into .real/,
// which git ignores: research texts never go into commits, only ids, labels and this script.
//
// Source: github.com/EndlessLethe/jddc2019-3th-retrieve-model, file data/chat_0.1per.txt at the
// pinned commit below. Get it either way:
//   git clone https://github.com/EndlessLethe/jddc2019-3th-retrieve-model /tmp/jddc
//   node scripts/real/rebuild.mjs --git /tmp/jddc            (reads <commit>:data/chat_0.1per.txt)
//   node scripts/real/rebuild.mjs --file /path/chat_0.1per.txt  (checked against the pinned blob hash)
// Without arguments it looks for the mirror at /work/.mirror/EndlessLethe+jddc2019-3th-retrieve-model/repo.
//
// Input format (tab-separated, 7 columns, no header): session id, user id, waiter_send
// (1 = agent, 0 = customer), three unused columns, text. Masks such as [数字x], [姓名x], [站点x],
// [订单x] are kept as they are.
//
// Output .real/jddc.jsonl, one agent reply a line, in file order:
//   {"id": "<session>:<line>", "text": "...", "previous"?: "..."}
// id = session id + 1-based line number in the source file (stable for the pinned commit);
// previous = the customer's last line before the reply in the same session (absent when the agent
// speaks first). Every agent line is kept (6,029), so the sample is "all of it", not a draw.

import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PINNED_COMMIT = '2d443d1679cc3d00022d0ff1697eb0e4cbeedb01'
export const SOURCE_PATH = 'data/chat_0.1per.txt'
// git blob id of data/chat_0.1per.txt at PINNED_COMMIT: a --file copy must hash to it.
export const PINNED_BLOB = '116c666fe0b2cd062a98d7e2b15b44f6f9f6802b'
const DEFAULT_MIRROR = '/work/.mirror/EndlessLethe+jddc2019-3th-retrieve-model/repo'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
export const REAL_DIR = join(root, '.real')
export const CORPUS_PATH = join(REAL_DIR, 'jddc.jsonl')

/** Parses the JDDC chat file into agent replies with the customer's last turn as context. */
export function agentReplies(raw) {
  const replies = []
  const lastCustomer = new Map() // session -> last customer text
  const lines = raw.split('\n')
  lines.forEach((line, i) => {
    if (line === '') return
    const cols = line.split('\t')
    if (cols.length !== 7) throw new Error(`${SOURCE_PATH} line ${i + 1}: expected 7 tab-separated columns, got ${cols.length}`)
    const [session, , waiterSend, , , , text] = cols
    if (waiterSend === '0') {
      lastCustomer.set(session, text)
    } else if (waiterSend === '1') {
      const reply = { id: `${session}:${i + 1}`, text }
      if (lastCustomer.has(session)) reply.previous = lastCustomer.get(session)
      replies.push(reply)
    } else {
      throw new Error(`${SOURCE_PATH} line ${i + 1}: waiter_send is ${JSON.stringify(waiterSend)}, expected 0 or 1`)
    }
  })
  return replies
}

/** The git blob id of a file's bytes: a copy given with --file must hash to the pinned blob. */
export function gitBlobId(buffer) {
  return createHash('sha1').update(`blob ${buffer.length}\0`).update(buffer).digest('hex')
}

/**
 * Writes rebuilt replies as JSON Lines to `path` (under .real/) through a temporary file, so a failed run
 * leaves the old corpus whole. With `sha256`, the text must be the pinned one: the labels' ids hold only for it.
 * Shared by the rebuild scripts of every real corpus.
 */
export function writeRealCorpus(path, replies, { commit, sha256 } = {}) {
  const body = replies.map((r) => JSON.stringify(r)).join('\n') + '\n'
  if (sha256 !== undefined) {
    const sha = createHash('sha256').update(body).digest('hex')
    if (sha !== sha256) throw new Error(`the rebuilt corpus has sha256 ${sha}, not the pinned ${sha256}; the labels' ids would not match`)
  }
  mkdirSync(dirname(path), { recursive: true })
  const tmp = `${path}.tmp`
  writeFileSync(tmp, body)
  renameSync(tmp, path)
  console.log(`wrote ${replies.length} agent replies to .real/${basename(path)} (commit ${commit.slice(0, 7)})`)
}

/**
 * The pinned source files of a corpus, each as { source, text }: from `--file` copies given in order (each checked
 * against its pinned blob, so the ids match the labels), or read with git at the pinned commit from `--git <dir>` or
 * the local mirror. Shared by the rebuild scripts of the second and third corpora.
 */
export function readPinnedSources(argv, { sources, commit, mirror }) {
  const files = argv.flatMap((a, i) => (a === '--file' ? [argv[i + 1]] : []))
  if (files.length) {
    if (files.length !== sources.length) throw new Error(`give the ${sources.length} files in order: ${sources.map((s) => s.path).join(', ')}`)
    return files.map((file, i) => {
      const buffer = readFileSync(file)
      const blob = gitBlobId(buffer)
      if (blob !== sources[i].blob) throw new Error(`${file}: blob ${blob} is not the pinned ${sources[i].path} (${sources[i].blob}); ids would not match the labels`)
      return { source: sources[i], where: file, text: buffer.toString('utf8') }
    })
  }
  const gitArg = argv.indexOf('--git')
  const repo = gitArg >= 0 ? argv[gitArg + 1] : mirror
  if (!existsSync(repo)) throw new Error(`no source: ${repo} does not exist; clone the repository (see the header of this script) and pass --git <dir>`)
  return sources.map((s) => ({
    source: s,
    where: s.path,
    text: execFileSync('git', ['-C', repo, 'show', `${commit}:${s.path}`], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  }))
}

function readSource(argv) {
  const fileArg = argv.indexOf('--file')
  if (fileArg >= 0) {
    const buffer = readFileSync(argv[fileArg + 1])
    const blob = gitBlobId(buffer)
    if (blob !== PINNED_BLOB) {
      throw new Error(`${argv[fileArg + 1]}: blob ${blob} is not the pinned ${SOURCE_PATH} (${PINNED_BLOB}); ids would not match the labels`)
    }
    return buffer.toString('utf8')
  }
  const gitArg = argv.indexOf('--git')
  const repo = gitArg >= 0 ? argv[gitArg + 1] : DEFAULT_MIRROR
  if (!existsSync(repo)) {
    throw new Error(`no source: ${repo} does not exist; clone the repository (see the header of scripts/real/rebuild.mjs) and pass --git <dir>`)
  }
  return execFileSync('git', ['-C', repo, 'show', `${PINNED_COMMIT}:${SOURCE_PATH}`], { encoding: 'utf8', maxBuffer: 64 << 20 })
}

function main() {
  writeRealCorpus(CORPUS_PATH, agentReplies(readSource(process.argv.slice(2))), { commit: PINNED_COMMIT })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main()
  } catch (error) {
    console.error(`rebuild: ${error.message}`)
    process.exitCode = 1
  }
}
