/** Every built page is valid HTML under html-validate's recommended rules (tests/support/html-rules.ts). */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { VARIANT } from '../support/global-setup';
import { htmlFiles } from '../support/dist';
import { htmlRules } from '../support/html-rules';

const validator = new HtmlValidate(htmlRules);

describe.each([
  ['the default build', 'siteDir'],
  [`the build under ${VARIANT.base}`, 'variantDir'],
] as const)('HTML of %s', (_, dir) => {
  it('passes html-validate on every page', async () => {
    const root = inject(dir);
    const files = htmlFiles(root);
    expect(files.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${relative(root, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

it('reports what the header search once had: a form with no submit button, a div as a region', async () => {
  const page =
    '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><div role="region" aria-label="x"><form><input type="search" name="q" aria-label="q"></form></div></body></html>';
  const report = await validator.validateString(page);
  expect(report.results.flatMap((result) => result.messages.map((message) => message.ruleId)).sort()).toEqual(['prefer-native-element', 'wcag/h32']);
});
