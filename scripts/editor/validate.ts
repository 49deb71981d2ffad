/**
 * `npm run validate`: checks the content without building the site and prints every problem at
 * once, each with its file, line, field and fix; exits non-zero when there is any. The build runs
 * the same checker first (scripts/content/content-check.ts), so the two always agree.
 */
import { formatProblems } from '../../src/model/checks.ts';
import { CONTENT_DIR } from '../../src/site.config.ts';
import { checkContent } from '../content/content-check.ts';

// With SITE_URL set it checks as a deploy build does, so the two agree there too.
const { content, problems } = await checkContent(CONTENT_DIR, { publishing: Boolean(process.env.SITE_URL) });
if (problems.length > 0) {
  console.error(formatProblems(problems, ''));
  process.exit(1);
}
console.log(
  `The content is valid: ${content.briefings.length} briefings, ${content.recommendations.length} recommendations, ${content.tags.length} tags, ${content.actors.length} actors.`,
);
