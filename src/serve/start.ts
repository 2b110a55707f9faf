import { CommanderError, type Command } from 'commander'
import { UsageError } from '../cli/errors.js'
import { LinterCache } from './linters.js'

/** Start-up steps shared by `kefu-lint serve` and `kefu-lint mcp`. */

/** Parses a subcommand's options; a number is the exit code to stop with (--help 0, a bad option 2). */
export function parseOptions(command: Command, argv: readonly string[]): number | undefined {
  command.exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) })
  try {
    command.parse(argv, { from: 'user' })
    return undefined
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    throw e
  }
}

/** The start-up config compiled, or exit code 2 with its problem (file and field) on stderr. */
export async function openLinters(name: string, options: Parameters<typeof LinterCache.open>[0]): Promise<LinterCache | number> {
  try {
    return await LinterCache.open(options)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    process.stderr.write(`kefu-lint ${name}: ${e.message}\n`)
    return 2
  }
}
