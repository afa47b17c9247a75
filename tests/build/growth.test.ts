import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFixtureDir, projectRoot, receivedFixturesDir, scratchDir } from '../setup/paths.ts';
import { CHECKOUT_LOCK_WAIT } from '../setup/run-build.ts';

/**
 * The promise to editors: an archive plus reports of kinds it has not seen passes the content check and the
 * build-output checks untouched. Two reports of one meeting from two sides, drafted by `npm run new-report` and
 * filled in as an editor would: Japan's foreign ministry's English press release (a title and a date line,
 * numbered paragraphs, a list, a line break, a "(Reference)" tail) and a Vietnamese outlet's report (a weekday date
 * line, a hyphen dateline, a bullet list, a "- TTXVN" sign-off, a publisher whose name TeX would escape). No meeting
 * of the archive fits the first, so new-report drafts the meeting's file beside it; the second is proposed that meeting.
 */
const dir = join(scratchDir, 'growth');
/** Its drafts, content check and inner suite on a busy machine; the inner suite builds in this checkout. */
const GROWTH_TIMEOUT = 600_000 + CHECKOUT_LOCK_WAIT;
const grownContent = join(dir, 'content');

/** What the editor writes in place of each placeholder, by its key; a list is used in the order the keys come. */
const FILLED: Record<string, Record<string, string | string[]>> = {
  'mofa-2024-07-26-japan-asean-foreign-ministers.txt': {
    summary: "Japan's foreign minister met her ASEAN counterparts in Vientiane and announced support for maritime cooperation.",
    publisher: 'Ministry of Foreign Affairs of Japan',
    publisherShort: 'MOFA',
    role: ['Minister for Foreign Affairs of Japan'],
  },
  'baoquocte-2024-07-26-hoi-nghi-bo-truong-ngoai-giao-asean-nhat-ban.txt': {
    summary: "Viet Nam's foreign minister attended the ASEAN–Japan Foreign Ministers' Meeting in Vientiane.",
    publisher: 'Báo Thế giới & Việt Nam',
    role: ['Minister of Foreign Affairs of Viet Nam', 'Minister for Foreign Affairs of Japan'],
  },
};

/** What the editor writes in the meeting file new-report drafts with the first report. */
const MEETING_FILLED = { name: "Japan–ASEAN Foreign Ministers' Meeting 2024", format: 'in-person' };
/** And what the editor adds to it: where it was held (the calendar's LOCATION), and the series it belongs to. */
const MEETING_ADDED = 'place: Vientiane, Laos\nseries: ASEAN–Japan Foreign Ministers’ Meeting\n';

/**
 * The draft with every `key: "TODO: …"` replaced by the editor's value for that key, and a proposed value too where
 * the editor gives one (new-report proposes the TTXVN sign-off's publisher from the archive's reports).
 */
function filledIn(draft: string, values: Record<string, string | string[]>): string {
  const used = new Map<string, number>();
  return draft.replace(
    /^(\s*(?:- )?)(\w+): ("TODO:[^"]*"|"[^"]*" # proposed: .*)$/gm,
    (line, indent: string, key: string, given: string) => {
      if (!given.startsWith('"TODO:') && !(key in values)) return line;
      const value = values[key];
      const index = used.get(key) ?? 0;
      used.set(key, index + 1);
      return `${indent}${key}: ${JSON.stringify(Array.isArray(value) ? value[index] : value)}`;
    },
  );
}

/** Runs an npm script with the grown archive as its content, resolving with its exit code and output. */
function npm(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: projectRoot, env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

describe('the fixture archive plus a press release and a Vietnamese report of one meeting', () => {
  it(
    'are drafted by new-report and pass the content check and the build-output checks untouched',
    async () => {
      rmSync(dir, { recursive: true, force: true });
      cpSync(archiveFixtureDir, grownContent, { recursive: true });
      writeFileSync(
        join(grownContent, 'people', 'kamikawa-yoko.yaml'),
        'name: Yoko Kamikawa\nvariants: [KAMIKAWA Yoko, Kamikawa Yoko, Minister KAMIKAWA]\nnativeName:\n  text: 上川陽子\n  lang: ja\ncountry: Japan\n',
      );
      const env = { ARCHIVE_CONTENT_DIR: grownContent };

      const meetingIds: string[] = [];
      for (const [received, values] of Object.entries(FILLED)) {
        cpSync(join(receivedFixturesDir, received), join(grownContent, 'sources', received));
        const before = new Set(readdirSync(join(grownContent, 'articles')));
        const meetingsBefore = new Set(readdirSync(join(grownContent, 'meetings')));
        const drafted = await npm(['run', '-s', 'new-report', '--', join(grownContent, 'sources', received)], env);
        expect(drafted.code, drafted.output).toBe(0);
        const [draftFile] = readdirSync(join(grownContent, 'articles')).filter((name) => !before.has(name));
        expect(draftFile).toMatch(/^2024-07-26-/);
        const draft = readFileSync(join(grownContent, 'articles', draftFile), 'utf-8');
        const meetingId = /^meeting:\n {2}id: ([\w-]+) # proposed: /m.exec(draft)?.[1];
        expect(meetingId, draft).toBeDefined();
        meetingIds.push(meetingId!);
        const newMeetings = readdirSync(join(grownContent, 'meetings')).filter((name) => !meetingsBefore.has(name));
        if (meetingIds.length === 1) {
          // No meeting of the archive is of that day: the meeting's file is drafted, and the report names it.
          expect(newMeetings).toEqual([`${meetingId}.yaml`]);
          const meetingFile = join(grownContent, 'meetings', newMeetings[0]);
          const filledMeeting = filledIn(readFileSync(meetingFile, 'utf-8'), MEETING_FILLED) + MEETING_ADDED;
          expect(filledMeeting).not.toMatch(/: "TODO:/);
          writeFileSync(meetingFile, filledMeeting);
        } else {
          // The second report of the meeting: that meeting is proposed, and no other file drafted.
          expect(newMeetings).toEqual([]);
          expect(meetingId).toBe(meetingIds[0]);
          expect(drafted.output).toContain(`Meeting: meeting ${meetingIds[0]} proposed (the same day;`);
        }
        const filled = filledIn(draft, values);
        expect(filled).not.toMatch(/: "TODO:/);
        writeFileSync(join(grownContent, 'articles', draftFile), filled);
      }

      // The build-output checks that hold for any archive, run over a build of this one (whose content sync runs every
      // content check `npm run check-content` runs).
      const suite = await npm(
        [
          'exec',
          '--',
          'vitest',
          'run',
          'tests/build/output.test.ts',
          'tests/build/feeds.test.ts',
          'tests/build/chronology.test.ts',
          'tests/build/research-tools.test.ts',
          'tests/build/metadata.test.ts',
          'tests/build/html-validate.test.ts',
          // Run beside the outer suite, on the same cores: its tests get the outer test's time, not the default's.
          '--testTimeout=600000',
        ],
        { ARCHIVE_TEST_CONTENT_DIR: grownContent, ARCHIVE_TEST_SITE_DIR: join(dir, 'site') },
      );
      expect(suite.code, suite.output).toBe(0);
      expect(suite.output).toMatch(/Tests\s+\d+ passed/);
    },
    GROWTH_TIMEOUT,
  );
});
