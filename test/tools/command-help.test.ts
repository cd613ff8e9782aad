// Every command's --help lists its exit codes (built in-process with the real command table).
import { describe, expect, it } from 'vitest';
import yargs from 'yargs';
import { commandsFor } from '../../tools/commands/index.js';
import { toYargsModule } from '../../tools/commands/command.js';

/** Every command (no command named: all of them are loaded). */
const COMMANDS = await commandsFor([]);

/** The text `accsim <command> --help` prints. */
async function helpOf(command: string): Promise<string> {
  let parser = yargs([]).scriptName('accsim').exitProcess(false);
  for (const c of COMMANDS) parser = parser.command(toYargsModule(c));
  let text = '';
  await parser.help().parseAsync([command, '--help'], {}, (_err, _argv, output) => void (text = output));
  return text;
}

describe.each(COMMANDS.map((c) => [c.command.split(' ')[0]!, c] as const))('accsim %s --help', (name, command) => {
  it('lists 0, 2, 70 and the command\'s own exit codes', async () => {
    const text = await helpOf(name);
    const section = text.slice(text.indexOf('Exit codes:'));
    expect(section).toMatch(/^Exit codes:\n/);
    const codes = [...section.matchAll(/^\s+(\d+)\s{2}\S/gm)].map((m) => Number(m[1]));
    expect(codes).toEqual([0, ...(command.exitCodes ?? []).map(([c]) => c), 2, 70].sort((a, b) => a - b));
  });
});

describe('commands with their own exit status say so', () => {
  it.each([['run', 1], ['verify', 1], ['fmt', 1]] as const)('%s lists %i', async (name, code) => {
    expect(await helpOf(name)).toMatch(new RegExp(`^\\s+${code}\\s{2}\\S`, 'm'));
  });
});
