/** The options every command that reads articles or resources shares. */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { suggest } from '../text/suggest.js';

export function withFolders(command: Command): Command {
  return command
    .option(
      '--content <dir>',
      'articles: <dir>/<locale>/<slug>.md or a checked-out docs repository; repeat for several (default: the bundled content/)',
      (dir: string, dirs: string[] | undefined) => [...(dirs ?? []), dir],
    )
    .option('--locales <dir>', 'i18next resources: <dir>/<lng>/<namespace>.json (default: ./locales with --content, else the bundled locales/)')
    .option('--cache <dir>', 'keep parses there between runs (default: $XDG_CACHE_HOME/docflow, else ~/.cache/docflow)')
    .option('--no-cache', 'parse every article, keep nothing');
}

export function withLocale(command: Command): Command {
  return withFolders(command).option('--locale <lng>', 'language, e.g. fr-FR (default: from LC_ALL, LC_MESSAGES or LANG, else en-US)');
}

/** `--shard i/n` for commands that go over every article (see shard.ts). */
export function withShard(command: Command): Command {
  return command.option('--shard <i/n>', 'only the i-th of n deterministic parts of the articles (a CI matrix; join the parts with `docflow merge`)');
}

/** `--glossary <file>` for the commands a CI matrix runs (see given-glossary.ts). */
export function withGlossary(command: Command): Command {
  return command.option('--glossary <file>', 'the labels’ glossary from `docflow glossary` (or merged parts): no job reads every file of a locale for it');
}

/**
 * `--format` with the values a command knows (the first is the default): anything else is a
 * usage error naming them, and the one meant when it is a typo (`jsn` → `json`).
 */
export function formatOption(choices: readonly string[], description: string): Option {
  return new Option('--format <format>', description)
    .choices(choices)
    .default(choices[0])
    .argParser((value: string) => {
      if (choices.includes(value)) return value;
      const meant = suggest(value, choices);
      throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.${meant ? ` Did you mean ${meant}?` : ''}`);
    });
}
