/**
 * `baoxue <command>`: exit 0 = ok, 1 = invalid input, 2 = usage error.
 * Every failure is a Chinese sentence; stack traces only with BAOXUE_DEBUG=1.
 */
import { commandUsage, UsageError, unknownCommand, usage } from './commands/usage.ts';
import { isCommand, loadCommand } from './commands/index.ts';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === 'help' && rest[0] && isCommand(rest[0])) {
    process.stdout.write(commandUsage(rest[0]));
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (!isCommand(name)) throw unknownCommand(name);
  // `--help` wins wherever it stands, so a half-typed command line can still ask for help.
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(commandUsage(name));
    return 0;
  }
  return (await loadCommand(name))(rest);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${usage()}`);
    process.exitCode = 2;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`baoxue 内部错误：${message}\n如需排查，请设置 BAOXUE_DEBUG=1 重新运行并把输出发给维护者。\n`);
    if (process.env.BAOXUE_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
