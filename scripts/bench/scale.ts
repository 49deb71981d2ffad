/**
 * `npm run bench:scale -- N`: makes N synthetic briefings (6 recommendations each, varied text,
 * tags and actors drawn from the real vocabularies, some relations, a full permalink registry) in a
 * folder of its own, builds them three times (cold, unchanged, one briefing changed) and prints
 * build times, peak memory, dist/ and index size, and one briefing page's HTML size.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readList } from '../content/content-reader.ts';
import { briefingFile, recommendationFile } from '../content/skeleton.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** A small deterministic generator, so runs compare. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = `strategic dialogue partnership militias sovereignty sanctions leverage reform governance
economy budget oil exports banking reconstruction elections parliament protesters security forces
training advisers diplomats contractors guarantees conditions expectations factions allies region
negotiations withdrawal presence influence support assistance lenders debt waivers accountability`.split(/\s+/);

export function generateContent(dir: string, count: number): void {
  // Seeded per briefing, so briefing k reads the same whatever N is: page sizes compare across N.
  let rand = random(1);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = (actors: string[]) => {
    const words = Array.from({ length: 12 + Math.floor(rand() * 14) }, () => pick(WORDS));
    words.splice(3, 0, pick(actors));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (actors: string[], n = 3) => Array.from({ length: n }, () => sentence(actors)).join(' ');

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'briefings'), { recursive: true });
  cpSync(join(root, 'content/tags.yaml'), join(dir, 'tags.yaml'));
  cpSync(join(root, 'content/actors.yaml'), join(dir, 'actors.yaml'));
  const tags = (readList(dir, 'tags') as { id: string }[]).map((t) => t.id);
  const actors = readList(dir, 'actors') as { id: string; label: string }[];
  const urls: string[] = [];

  for (let b = 0; b < count; b++) {
    rand = random(b * 7919 + 1);
    const id = `synthetic-${b}`;
    urls.push(`/briefings/${id}/`);
    const named = Array.from({ length: 3 }, () => pick(actors));
    writeFileSync(
      join(dir, 'briefings', `${id}.mdx`),
      briefingFile({
        title: `Synthetic briefing ${b}: ${pick(WORDS)} and ${pick(WORDS)}`,
        summary: paragraph(
          named.map((a) => a.label),
          2,
        ),
        analyst: { name: `Analyst ${b % 97}`, affiliation: `Fellow, Institute ${b % 13}` },
        publisher: `Publisher ${b % 11}`,
        date: `2020-${String((b % 12) + 1).padStart(2, '0')}`,
        body: `${paragraph(
          named.map((a) => a.label),
          4,
        )}\n\n${paragraph(
          named.map((a) => a.label),
          3,
        )}\n\n<Recommendations proposer="analyst" />`,
      }),
    );
    mkdirSync(join(dir, 'recommendations', id), { recursive: true });
    for (let r = 0; r < 6; r++) {
      const rid = `s${b}-r${r}`;
      urls.push(`/recommendations/${rid}/`);
      const recActors = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(actors)))];
      const recTags = [...new Set([pick(tags), pick(tags)])];
      const related =
        b > 0 && r === 0
          ? [
              {
                recommendation: `s${b - 1}-r${Math.floor(rand() * 6)}`,
                relation: pick(['agrees', 'contrasts', 'extends'] as const),
                note: sentence(recActors.map((a) => a.label)),
              },
            ]
          : [];
      writeFileSync(
        join(dir, 'recommendations', id, `${rid}.mdx`),
        recommendationFile({
          briefing: id,
          order: r + 1,
          title: `Recommendation ${r + 1}: ${pick(WORDS)} ${pick(WORDS)}`,
          summary: sentence(recActors.map((a) => a.label)),
          tags: recTags,
          actors: recActors.map((a) => a.id),
          related,
          body: `${paragraph(
            recActors.map((a) => a.label),
            4,
          )}\n\n${paragraph(
            recActors.map((a) => a.label),
            3,
          )}`,
        }),
      );
    }
  }
  writeFileSync(join(dir, 'permalinks.json'), `${JSON.stringify(urls.sort(), null, 2)}\n`);
}

const bytes = (path: string) => Number(execFileSync('du', ['-sb', path], { encoding: 'utf8' }).split('\t')[0]);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** One timed build: seconds and peak memory (max RSS of the build and its children). */
function timedBuild(env: NodeJS.ProcessEnv): { seconds: number; peakMb: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, join(root, 'scripts/build/build.ts')], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr.slice(-3000)}`);
  const [seconds, kb] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, peakMb: kb! / 1024 };
}

export function benchScale(count: number): string {
  const base = join(root, '.cache/scale', String(count));
  const content = join(base, 'content');
  const dist = join(base, 'dist');
  generateContent(content, count);
  rmSync(join(base, 'cache'), { recursive: true, force: true });
  rmSync(join(base, 'og'), { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, CACHE_DIR: join(base, 'cache'), OG_CACHE_DIR: join(base, 'og') };
  const cold = timedBuild(env);
  const warm = timedBuild(env);
  const changed = join(content, 'briefings/synthetic-0.mdx');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace(/^summary: "/m, 'summary: "Changed. '));
  const one = timedBuild(env);
  const page = statSync(join(dist, 'briefings/synthetic-0/index.html')).size;
  return (
    `  N=${String(count).padEnd(5)} ${String(count * 7).padStart(6)} entries: cold ${cold.seconds.toFixed(1)} s, unchanged ${warm.seconds.toFixed(1)} s, ` +
    `one briefing changed ${one.seconds.toFixed(1)} s; peak memory ${Math.max(cold.peakMb, warm.peakMb, one.peakMb).toFixed(0)} MB; ` +
    `dist ${mb(bytes(dist))}, index ${mb(bytes(join(dist, 'pagefind')))}, one briefing page ${(page / 1024).toFixed(1)} KB`
  );
}

if (import.meta.main) {
  const sizes = (process.argv[2] ?? '10').split(',').map(Number);
  console.log('Scale (synthetic briefings with 6 recommendations each; builds of this machine):');
  for (const size of sizes) console.log(benchScale(size));
}
