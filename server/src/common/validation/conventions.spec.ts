import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * Loose readers of input that must not come back: each reads text the API has to refuse as a valid
 * value. The strict ones live in this folder (ids.ts, dates.ts, transforms.ts, presence.ts).
 */
const SRC = join(__dirname, '..', '..');

const LOOSE: [RegExp, string][] = [
  [/\bParseIntPipe\b/, "reads '+1' and, after Nest's own conversion, '0x1f' as ids: use ParseIdPipe"],
  [/@Param\('\w+'\)\s+\w+:\s*number/, 'a numeric path parameter without a pipe arrives as text: use ParseIdPipe'],
  [/@Type\(\(\) => Number\)/, "Number() reads '0x1f', '1e3' and ' 1': use @Transform(queryInteger)"],
  [/\bIs(ISO8601|DateString)\(/, "takes '2026-W01' and '2026-01-01T10', which new Date() cannot read: use IsCalendarDate or IsDateTimeWithOffset"],
  [/\bIs(Latitude|Longitude)\(/, "takes the text '39.9': use IsNumber with Min and Max"],
  [/\bIsOptional\(\)/, 'lets null through to the service: use IsOptionalNotNull'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|e2e-spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('no loose reading of input in the server source', () => {
  it.each(LOOSE)('nothing matches %s', (pattern, why) => {
    const found = sourceFiles(SRC)
      .filter((file) => !file.startsWith(__dirname))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (pattern.test(line) ? [`${relative(SRC, file)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect({ why, found }).toEqual({ why, found: [] });
  });
});
