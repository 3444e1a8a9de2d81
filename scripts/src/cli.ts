/** Command-line options shared by the scripts: `--name value`. */

/** The value after `--name`, or undefined when the option is absent. */
export function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A numeric `--name value`, or `fallback` when the option is absent. */
export function numberOption(name: string, fallback: number): number {
  return process.argv.includes(`--${name}`) ? Number(option(name)) : fallback;
}
