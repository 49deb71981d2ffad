/**
 * Each page carries only the stylesheet rules its kind of page can use. The site's stylesheet is
 * inlined into every page (no render-blocking request), so every rule no element of that kind can
 * match would cost each reader bytes on every page. Pruned per kind of page (briefing,
 * recommendation, tag…), not per page: the Content-Security-Policy then names a handful of
 * stylesheet hashes, however many pages there are.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import postcss, { type AtRule, type ChildNode, type Root, type Rule } from 'postcss';
import selectorParser from 'postcss-selector-parser';

/** A rule's selectors, each with the classes and element names the page must have for it to match. */
interface StyleRule {
  kind: 'rule';
  selectors: { text: string; classes: string[] }[];
  /** Its declarations, each as written: a value may hold a ";" in a string, so they are not re-split. */
  declarations: string[];
}
interface Block {
  kind: 'block';
  /** "@media …", "@supports …", "@layer …" */
  prelude: string;
  children: Node[];
}
/** Anything kept whole: @property, @keyframes, @font-face, declarations at the top. */
interface Whole {
  kind: 'whole';
  text: string;
  /** A custom property it declares (@property --x): kept only where some rule uses it. */
  declares?: string;
}
type Node = StyleRule | Block | Whole;

export interface Stylesheet {
  nodes: Node[];
  /** Every class and element name ("<li>") any selector requires: the page's other words are not looked at. */
  classes: Set<string>;
}

/**
 * The classes and element names ("<textarea>") a selector requires of the element it matches and
 * its ancestors. Inside :not(), :is(), :where() and :has() a name is an alternative or an
 * exclusion, not a requirement, so those are passed over: the rule is kept, which is never wrong,
 * only a little larger.
 */
function requiredNames(selector: selectorParser.Selector): string[] {
  const names: string[] = [];
  selector.each((node) => {
    if (node.type === 'class') names.push(node.value);
    else if (node.type === 'tag') names.push(`<${node.value.toLowerCase()}>`);
  });
  return names;
}

function compileNodes(nodes: ChildNode[] | undefined, classes: Set<string>): Node[] {
  const out: Node[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'rule') {
      const selectors: StyleRule['selectors'] = [];
      selectorParser((list) => {
        list.each((selector) => {
          const required = requiredNames(selector);
          required.forEach((name) => classes.add(name));
          selectors.push({ text: selector.toString().trim(), classes: required });
        });
      }).processSync((node as Rule).selector);
      out.push({ kind: 'rule', selectors, declarations: (node as Rule).nodes.map((child) => child.toString()) });
    } else if (node.type === 'atrule') {
      const at = node as AtRule;
      const prelude = `@${at.name}${at.params ? ` ${at.params}` : ''}`;
      if (at.nodes && ['media', 'supports', 'layer', 'container'].includes(at.name)) {
        out.push({ kind: 'block', prelude, children: compileNodes(at.nodes, classes) });
      } else {
        out.push({ kind: 'whole', text: at.toString(), ...(at.name === 'property' ? { declares: at.params.trim() } : {}) });
      }
    } else if (node.type === 'decl') {
      out.push({ kind: 'whole', text: `${node.toString()};` });
    }
  }
  return out;
}

/** Reads a stylesheet once; `pruneStylesheet` then cuts it for any number of pages. */
export function compileStylesheet(css: string): Stylesheet {
  const classes = new Set<string>();
  const root: Root = postcss.parse(css);
  return { nodes: compileNodes(root.nodes, classes), classes };
}

const CUSTOM_PROPERTY = /^\s*(--[\w-]+)\s*:/;
const USES = /var\(\s*(--[\w-]+)/g;

/** A rule's declarations without the custom properties nothing uses (the theme declares every colour). */
function bodyWith(declarations: string[], used: Set<string> | undefined): string {
  const kept = used
    ? declarations.filter((declaration) => {
        const name = CUSTOM_PROPERTY.exec(declaration)?.[1];
        return !name || used.has(name);
      })
    : declarations;
  return kept.join(';');
}

function render(nodes: Node[], has: (name: string) => boolean, used: Set<string> | undefined): string {
  let css = '';
  for (const node of nodes) {
    if (node.kind === 'rule') {
      const kept = node.selectors.filter((selector) => selector.classes.every(has));
      if (kept.length === 0) continue;
      const body = bodyWith(node.declarations, used);
      if (body.trim() !== '') css += `${kept.map((selector) => selector.text).join(',')}{${body}}`;
    } else if (node.kind === 'block') {
      const inner = render(node.children, has, used);
      if (inner !== '') css += `${node.prelude}{${inner}}`;
    } else if (!node.declares || !used || used.has(node.declares)) {
      css += node.text;
    }
  }
  return css;
}

/** Custom properties the CSS reads, directly or through other custom properties it keeps. */
function usedProperties(css: string): Set<string> {
  const used = new Set<string>();
  for (const [, name] of css.matchAll(USES)) used.add(name!);
  // A property declared as var(--other) needs --other too: follow the chain until nothing is added.
  const declarations = new Map<string, string[]>();
  for (const [, name, value] of css.matchAll(/(--[\w-]+)\s*:([^;}]*)/g)) {
    const list = declarations.get(name!) ?? declarations.set(name!, []).get(name!)!;
    list.push(value!);
  }
  const queue = [...used];
  while (queue.length > 0) {
    for (const value of declarations.get(queue.pop()!) ?? []) {
      for (const [, name] of value.matchAll(USES)) {
        if (!used.has(name!)) {
          used.add(name!);
          queue.push(name!);
        }
      }
    }
  }
  return used;
}

/** The stylesheet with only the rules a page with these classes and element names ("<li>") can match. */
export function pruneStylesheet(sheet: Stylesheet, classes: ReadonlySet<string>): string {
  const has = (name: string) => classes.has(name);
  // Rules first, then the custom properties and @property declarations those rules read.
  return render(sheet.nodes, has, usedProperties(render(sheet.nodes, has, undefined)));
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
/** An attribute value as the browser reads it: "[&amp;&gt;ul]:mt-2" is the class "[&>ul]:mt-2". */
const decodeAttribute = (value: string) =>
  value.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (entity, decimal?: string, hex?: string, name?: string) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name!.toLowerCase()] ?? entity),
  );

/** The classes and element names in the markup (templates included). */
export function classesIn(html: string, into = new Set<string>()): Set<string> {
  for (const [, value] of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of decodeAttribute(value!).split(/\s+/)) if (name) into.add(name);
  }
  for (const [, tag] of html.matchAll(/<([a-zA-Z][\w-]*)/g)) into.add(`<${tag!.toLowerCase()}>`);
  return into;
}

/** What the site's scripts may add at run time: every stylesheet class and element name their text names. */
export function classesInScript(code: string, sheet: Stylesheet, into = new Set<string>()): Set<string> {
  for (const [word] of code.matchAll(/[\w:[\]=/.%&#-]+/g)) {
    if (sheet.classes.has(word)) into.add(word);
    if (sheet.classes.has(`<${word.toLowerCase()}>`)) into.add(`<${word.toLowerCase()}>`);
  }
  return into;
}

/**
 * Pages of one kind share a stylesheet: the site path with its slugs replaced, e.g.
 * "briefings/*" for every briefing and "recommendations/*\/*" for the pages of the list.
 */
export function pageKind(file: string): string {
  const parts = file
    .replaceAll('\\', '/')
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean);
  return parts.length === 0 ? file : [parts[0], ...parts.slice(1).map(() => '*')].join('/');
}

const STYLE = /<style([^>]*)>([\s\S]*?)<\/style>/g;

/**
 * The post-build step: `learn` sees every page first (the classes each kind uses), then `page`
 * rewrites each page's <style> to its kind's cut. The full stylesheet is kept in the build cache
 * for the test that compares the two.
 */
export function createPageStyles(cacheDir: string) {
  const sheets = new Map<string, Stylesheet>();
  const compiled = (css: string) => sheets.get(css) ?? sheets.set(css, compileStylesheet(css)).get(css)!;
  const classesOfKind = new Map<string, Set<string>>();
  const scriptClasses = new Set<string>();
  const cuts = new Map<string, string>();
  let scripts = '';
  return {
    /** Reads the site's scripts: classes they add are kept on every page. */
    scripts(code: string): void {
      scripts += code;
    },
    learn(html: string, file: string): void {
      const kind = pageKind(file);
      classesIn(html, classesOfKind.get(kind) ?? classesOfKind.set(kind, new Set()).get(kind)!);
      for (const [, , css] of html.matchAll(STYLE)) if (!sheets.has(css!)) classesInScript(scripts, compiled(css!), scriptClasses);
    },
    page(html: string, file: string): string {
      const kind = pageKind(file);
      return html.replace(STYLE, (_, attributes: string, css: string) => {
        const key = `${kind}\n${css}`;
        let cut = cuts.get(key);
        if (cut === undefined) {
          const classes = new Set([...(classesOfKind.get(kind) ?? []), ...scriptClasses]);
          cut = pruneStylesheet(compiled(css), classes);
          cuts.set(key, cut);
        }
        return `<style${attributes}>${cut}</style>`;
      });
    },
    async finish(): Promise<{ kinds: number; full: number; largest: number }> {
      const full = [...sheets.keys()].sort((a, b) => b.length - a.length)[0] ?? '';
      const file = join(cacheDir, 'page-styles', 'full.css');
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, full);
      return { kinds: classesOfKind.size, full: full.length, largest: Math.max(0, ...[...cuts.values()].map((cut) => cut.length)) };
    },
  };
}
