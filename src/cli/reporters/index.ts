import type { Reporter } from '../types.js'
import { github } from './github.js'
import { html } from './html.js'
import { json } from './json.js'
import { junit } from './junit.js'
import { sarif } from './sarif.js'
import { stylish } from './stylish.js'

/**
 * `--format <name>` → reporter. A reporter is a pure function of the results; adding a format
 * is one import and one entry here.
 */
export const reporters: Record<string, Reporter> = {
  stylish,
  json,
  sarif,
  github,
  junit,
  html,
}

export const FORMAT_NAMES = () => Object.keys(reporters)
