import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, "Tests: N passed, N failed, N skipped", that CI reads;
 * Vitest's own summary is not in a form CI recognises. Above it, each project's time and its
 * slowest files, so a slower suite shows where the time went.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else count.skipped++;
      }
      // A file that fails before its tests run (a syntax error, a failed hook) counts as a failure.
      if (module.state() === 'failed' && [...module.children.allTests()].every((t) => t.result().state !== 'failed')) count.failed++;
    }
    count.failed += unhandledErrors.length;
    const byProject = Map.groupBy(testModules, (module) => module.project.name);
    for (const [project, modules] of byProject) {
      const time = (module: TestModule) => module.diagnostic().duration;
      const slowest = [...modules].sort((a, b) => time(b) - time(a)).slice(0, 3);
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      console.log(
        `${project}: ${seconds(modules.reduce((sum, m) => sum + time(m), 0))} in ${modules.length} files; slowest ${slowest.map((m) => `${m.relativeModuleId} ${seconds(time(m))}`).join(', ')}`,
      );
    }
    console.log(`\nTests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
  }
}
