import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postBuildSteps, runPostBuild, type PostBuildStep } from '../../src/integrations/post-build';

async function site(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'post-build-'));
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), html);
  }
  return dir;
}

/** A step that records what it sees and tags each page with its name. */
function recorder(name: string, events: string[]): PostBuildStep {
  return {
    name,
    page: (html, file) => {
      events.push(`${name} ${file} ${html}`);
      return `${html}+${name}`;
    },
    finish: async () => {
      events.push(`${name} finish`);
      return `${name} done`;
    },
    close: async () => void events.push(`${name} close`),
  };
}

describe('post-build', () => {
  it('runs its steps in order: previews, search index, page stylesheets, security headers', async () => {
    const steps = await postBuildSteps(() => Promise.reject(new Error('not needed')));
    try {
      // The stylesheets are cut before the headers step hashes them for the Content-Security-Policy.
      expect(steps.map((step) => step.name)).toEqual(['previews', 'search index', 'page stylesheets', 'security headers']);
    } finally {
      for (const step of steps) await step.close?.();
    }
  });

  it('reads each page once, recommendation pages first, through the steps in order, then finishes each in order', async () => {
    const dir = await site({ 'briefings/b/index.html': 'B', 'recommendations/r/index.html': 'R', 'feed.xml': 'not a page' });
    const events: string[] = [];
    const lines: string[] = [];
    await runPostBuild(dir, [recorder('one', events), recorder('two', events)], (line) => lines.push(line));
    expect(events).toEqual([
      'one recommendations/r/index.html R',
      'two recommendations/r/index.html R+one',
      'one briefings/b/index.html B',
      'two briefings/b/index.html B+one',
      'one finish',
      'two finish',
      'one close',
      'two close',
    ]);
    // Published as the last step left it: what the headers step hashes is what readers get.
    expect(await readFile(join(dir, 'briefings/b/index.html'), 'utf8')).toBe('B+one+two');
    expect(await readFile(join(dir, 'feed.xml'), 'utf8')).toBe('not a page');
    expect(lines.map((line) => line.replace(/ in \d+ ms$/, ''))).toEqual(['one done', 'two done']);
  });

  it('lets a step learn from every script and page before any page is changed', async () => {
    const dir = await site({ 'index.html': 'A', 'tags/t/index.html': 'T', '_astro/page.js': 'code', 'feed.xml': 'not a page' });
    const events: string[] = [];
    const learner: PostBuildStep = { ...recorder('styles', events), learn: (text, file) => void events.push(`learn ${file} ${text}`) };
    await runPostBuild(dir, [recorder('one', events), learner], () => {});
    expect(events.slice(0, 4)).toEqual(['learn _astro/page.js code', 'learn index.html A', 'learn tags/t/index.html T', 'one index.html A']);
    expect(await readFile(join(dir, 'tags/t/index.html'), 'utf8')).toBe('T+one+styles');
  });

  it('closes every step when one fails, so the build stops cleanly', async () => {
    const dir = await site({ 'index.html': 'A' });
    const events: string[] = [];
    const failing: PostBuildStep = { ...recorder('two', events), finish: () => Promise.reject(new Error('no index')) };
    await expect(runPostBuild(dir, [recorder('one', events), failing], () => {})).rejects.toThrow('no index');
    expect(events.slice(-2)).toEqual(['one close', 'two close']);
  });
});
