/**
 * What an MDX body may contain. MDX is code: an import, a {…} expression or an unknown component
 * runs at build time, and raw HTML can carry scripts to readers. Content is untrusted input, so a
 * body may hold Markdown, the one component the site provides, and a few inert inline elements.
 */

/** The parts of an mdast node the policy reads (Sätteri's mdxToMdast output). */
export interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
}

export interface PolicyProblem {
  /** Line and column in the body. */
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** Components the site passes to briefing bodies, with the attributes each takes. */
const COMPONENTS: Record<string, string[]> = { Recommendations: ['proposer'] };
/** Inline HTML with no behaviour, and the attributes it may carry. */
const INERT_HTML = new Set([
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
]);
const INERT_ATTRIBUTES = new Set(['title', 'lang', 'dir', 'datetime', 'cite']);
/** Schemes a link or image may use; a relative URL has none. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The scheme a browser would see, after the spaces and control characters it ignores. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Every problem in a body's tree, in document order. `components` lists the components allowed here. */
export function mdxPolicyProblems(tree: MdxNode, components: string[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const at = (node: MdxNode) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  const add = (node: MdxNode, message: string, hint: string) => problems.push({ ...at(node), message, hint });

  const visit = (node: MdxNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          'content may not import or export code.',
          'remove the line; the site provides the components a body can use (<Recommendations proposer="…" />).',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          node,
          `{${String(node.value ?? '')
            .trim()
            .slice(0, 40)}} is code, which content may not contain.`,
          'write a literal brace as \\{, or remove the expression.',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // A refused element is reported once, not again for everything inside it.
        if (!element(node)) return;
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = urlScheme(node.url ?? '');
        if (scheme && !SAFE_SCHEMES.has(scheme)) {
          add(
            node,
            `a ${scheme}: URL is not allowed in content (it can run code when followed).`,
            'link to an http(s) address, a mailto: address or a page of the site.',
          );
        }
        break;
      }
    }
    node.children?.forEach(visit);
  };

  /** Whether the element itself may stay (its attributes are reported apart). */
  const element = (node: MdxNode): boolean => {
    const name = node.name ?? '';
    const isComponent = /^[A-Z]/.test(name) || name.includes('.');
    const allowedAttributes = isComponent ? COMPONENTS[name] : INERT_HTML.has(name) ? [...INERT_ATTRIBUTES] : undefined;
    if (name === '') {
      add(node, 'a fragment (<>…</>) is not allowed in content.', 'remove the <> and </>; Markdown needs no wrapper.');
      return false;
    }
    if (isComponent && (!allowedAttributes || !components.includes(name))) {
      const offered = components.map((c) => `<${c} />`).join(', ');
      add(
        node,
        `<${name}> is not a component the site provides here.`,
        offered ? `use ${offered}, or write the text in Markdown.` : 'write the text in Markdown; components belong in briefing bodies only.',
      );
      return false;
    }
    if (!allowedAttributes) {
      add(
        node,
        `<${name}> is not allowed in content.`,
        `write Markdown instead (links, images, emphasis, lists); inline HTML is limited to ${[...INERT_HTML].slice(0, 8).join(', ')} and the like.`,
      );
      return false;
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') {
        add(node, `<${name} {…}> spreads code into the element, which content may not contain.`, 'write each attribute as name="text".');
      } else if (typeof attribute.value === 'object' && attribute.value !== null) {
        add(node, `${attribute.name}={…} on <${name}> is code, which content may not contain.`, `write it as ${attribute.name}="text".`);
      } else if (!allowedAttributes.includes(attribute.name ?? '')) {
        const handler = /^on/i.test(attribute.name ?? '');
        add(
          node,
          `<${name}> may not carry ${handler ? 'an event handler' : 'the attribute'} "${attribute.name}".`,
          allowedAttributes.length ? `use only ${allowedAttributes.join(', ')}.` : 'remove it.',
        );
      }
    }
    return true;
  };

  visit(tree);
  return problems;
}
