#!/usr/bin/env node
/**
 * A load-proof cost measure: lint N replies R times with one config and nothing else, to be run
 * under an instruction counter, e.g.
 *
 *   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
 *     node bench/instructions.mjs dist/node.js off|default|all|<rule,rule> bench|transcript 20000 1
 *
 * (`I refs`). A run with N = 0 gives the start-up to subtract. Used where CPU-time ratios drown in
 * machine load (fixtures/eval/SCORER.md): counted instructions do not depend on other processes.
 * The mode is config `scorer`: off = false, default = the config's default, all = true, or a list.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { makeCorpus, transcriptCorpus } from './corpus.mjs'

const [entry = 'dist/node.js', mode = 'default', which = 'bench', N = '30000', R = '1'] = process.argv.slice(2)
const { createLinter } = await import(pathToFileURL(resolve(entry)).href)
const config = mode === 'off' ? { scorer: false } : mode === 'all' ? { scorer: true } : mode === 'default' ? {} : { scorer: mode.split(',') }
const linter = createLinter(config)
const corpus = which === 'transcript' ? transcriptCorpus(+N) : makeCorpus(+N).map((t) => [t, undefined])
let findings = 0
for (let r = 0; r < +R; r++) for (const [text, previous] of corpus) findings += linter.lint(text, previous === undefined ? undefined : { previous }).messages.length
console.log(`${mode} ${which} ${corpus.length} × ${R}: ${findings} findings`)
