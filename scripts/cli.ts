/**
 * `baoxue <command>`: exit 0 = ok, 1 = invalid input, 2 = usage error.
 * Every failure is a Chinese sentence; stack traces only with BAOXUE_DEBUG=1.
 */
import { UsageError, unknownCommand, usage } from './commands/usage.ts';
import { commands } from './commands/index.ts';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) throw unknownCommand(name);
  return command(rest);
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
