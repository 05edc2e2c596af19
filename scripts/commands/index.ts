export type Command = (args: string[]) => Promise<number>;

// Each command's module is imported only when it runs: `check` need not load Astro's build code,
// and the CLI, started a hundred times by the tests and once per file by some county scripts,
// starts faster.
const loaders: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate.ts')).validateCommand,
  resolve: async () => (await import('./resolve.ts')).resolveCommand,
  build: async () => (await import('./build.ts')).buildCommand,
  new: async () => (await import('./new.ts')).newCommand,
  check: async () => (await import('./check.ts')).checkCommand,
  'import-document': async () => (await import('./import-document.ts')).importDocumentCommand,
  aggregate: async () => (await import('./aggregate.ts')).aggregateCommand,
};

export function isCommand(name: string): boolean {
  return Object.hasOwn(loaders, name);
}

export async function loadCommand(name: string): Promise<Command> {
  const load = loaders[name];
  if (!load) throw new Error(`unknown command ${name}`);
  return load();
}
