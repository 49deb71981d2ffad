/**
 * The html-validate rules every built page must pass: the recommended set, with each exception
 * justified here. Used by tests/build/html.test.ts.
 */
import type { ConfigData } from 'html-validate';

export const htmlRules: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // A briefing's <title> is the analysis's own headline, which we do not shorten (the briefings say
    // what the sources say). Search engines truncate long titles in their listings; nothing breaks.
    'long-title': 'off',
  },
};
