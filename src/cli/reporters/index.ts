import type { Reporter } from '../types.js'
import { github } from './github.js'
import { htmlReporter } from './html.js'
import { json } from './json.js'
import { jsonl } from './jsonl.js'
import { junit } from './junit.js'
import { sarif } from './sarif.js'
import { stylish } from './stylish.js'

/**
 * `--format <name>` → streaming reporter. Adding a format is one import and one entry here;
 * any other name is a formatter module (a path or a package, see ./custom.ts).
 */
export const reporters: Record<string, Reporter> = {
  stylish,
  json,
  jsonl,
  sarif,
  github,
  junit,
  html: htmlReporter,
}

export const FORMAT_NAMES = () => Object.keys(reporters)
