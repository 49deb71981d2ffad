import { describe, expect, it } from 'vitest';
import { absoluteUrl, createRoutes, withBase } from '../../src/lib/urls';

describe('URLs', () => {
  it('builds the published URL shapes at the root', () => {
    const routes = createRoutes('/');
    expect(routes.home).toBe('/');
    expect(routes.briefing('hannah-foreign-policy-2020')).toBe('/briefings/hannah-foreign-policy-2020/');
    expect(routes.recommendation('play-the-kurdish-card')).toBe('/recommendations/play-the-kurdish-card/');
    expect(routes.recommendationInBriefing('b', 'r')).toBe('/briefings/b/#r');
    expect(routes.tag('sanctions')).toBe('/tags/sanctions/');
    expect(routes.actor('iran')).toBe('/actors/iran/');
    expect([routes.briefings, routes.recommendations, routes.tags, routes.actors]).toEqual(['/briefings/', '/recommendations/', '/tags/', '/actors/']);
  });

  it('puts every URL under a sub-path base', () => {
    const routes = createRoutes('/briefing-room/');
    expect(routes.home).toBe('/briefing-room/');
    expect(routes.recommendation('x')).toBe('/briefing-room/recommendations/x/');
    expect(routes.recommendationInBriefing('b', 'r')).toBe('/briefing-room/briefings/b/#r');
    expect(routes.path('/favicon.svg')).toBe('/briefing-room/favicon.svg');
    expect([routes.about, routes.feed]).toEqual(['/briefing-room/about/', '/briefing-room/feed.xml']);
  });

  it('joins base and path with exactly one slash', () => {
    expect(withBase('/sub', '/a/')).toBe('/sub/a/');
    expect(withBase('/sub/', 'a/')).toBe('/sub/a/');
    expect(withBase('/', '//a/')).toBe('/a/');
  });

  it('makes absolute URLs for sharing', () => {
    expect(absoluteUrl('/sub/recommendations/x/', 'https://example.org')).toBe('https://example.org/sub/recommendations/x/');
  });
});
