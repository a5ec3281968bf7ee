// node:util parseArgs with the conventions every command shares: `--help` (or -h) prints the
// usage; a bad argument is a UsageError whose one line names it ("unknown option --csv", "--gold
// needs a directory"), so a command can print it with "Try --help." and exit 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

type Parsed<C extends ParseArgsConfig> = ReturnType<typeof parseArgs<C>>;

/**
 * Parses `config.args` strictly. `valueNames` says what an option's value is ("a directory"), for
 * the message when it is missing.
 */
export function parseCommandArgs<const C extends ParseArgsConfig>(
  config: C,
  valueNames: Record<string, string> = {},
): Parsed<C> {
  try {
    return parseArgs({ strict: true, ...config }) as Parsed<C>;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const quoted = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${quoted}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = quoted.replace(/^-+/, '');
      throw new UsageError(`${quoted} needs ${valueNames[name] ?? 'a value'}`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(`unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}`);
    throw new UsageError(message);
  }
}

/**
 * For a command run as a process: prints `usage` and exits 0 on --help; prints the problem and
 * exits 2 on a bad argument; otherwise returns what parseArgs found in process.argv.
 */
export function commandLine<const C extends ParseArgsConfig>(
  command: string,
  usage: string,
  config: C,
  valueNames?: Record<string, string>,
): Parsed<C> {
  const args = config.args ?? process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseCommandArgs({ ...config, args }, valueNames) as Parsed<C>;
  } catch (error) {
    console.error(`${command}: ${(error as Error).message}\nTry --help.`);
    process.exit(2);
  }
}
