import { describe, expect, it } from 'vitest';
import { classesIn, classesInScript, compileStylesheet, pageKind, pruneStylesheet } from '../../src/integrations/page-styles';

const prune = (css: string, html: string) => pruneStylesheet(compileStylesheet(css), classesIn(html));

describe('a page stylesheet', () => {
  it('keeps the rules of classes the page uses and drops the others', () => {
    const css = '.card{padding:1rem}.chip{border:1px}.unused{color:red}';
    expect(prune(css, '<div class="card chip"></div>')).toBe('.card{padding:1rem}.chip{border:1px}');
  });

  it('reads Tailwind names: variants, escapes and arbitrary values', () => {
    const css =
      '.dark\\:text-stone-400:where([data-theme=dark],[data-theme=dark] *){color:gray}.lg\\:grid-cols-\\[minmax\\(0\\,1fr\\)_15rem\\]{grid:none}.hover\\:underline:hover{text-decoration:underline}';
    const html = '<p class="dark:text-stone-400 lg:grid-cols-[minmax(0,1fr)_15rem]"></p>';
    expect(prune(css, html)).toBe(
      '.dark\\:text-stone-400:where([data-theme=dark],[data-theme=dark] *){color:gray}.lg\\:grid-cols-\\[minmax\\(0\\,1fr\\)_15rem\\]{grid:none}',
    );
  });

  it('reads class names as the browser does, entities decoded', () => {
    const css = '.\\[\\&\\>ul\\]\\:mt-2>ul{margin-top:.5rem}.a\\&b{color:red}';
    expect(prune(css, '<div class="[&amp;&gt;ul]:mt-2 a&#38;b"><ul></ul></div>')).toBe(css);
  });

  it('needs every class and element a selector names outside :not(), :is(), :where() and :has()', () => {
    const css = '.group:hover .group-hover\\:block{display:block}.prose :where(p):not(.not-prose){margin:0}textarea{resize:vertical}ul>li{margin:0}';
    expect(prune(css, '<div class="group-hover:block prose"><ul><li></li></ul></div>')).toBe('.prose :where(p):not(.not-prose){margin:0}ul>li{margin:0}');
  });

  it('keeps a selector list only as far as its selectors can match, and drops an empty @media', () => {
    const css = '@media (width>=40rem){.sm\\:flex{display:flex}.sm\\:grid{display:grid}}@media print{.print\\:block{display:block}}';
    expect(prune(css, '<a class="sm:flex"></a>')).toBe('@media (width>=40rem){.sm\\:flex{display:flex}}');
    expect(prune('.a,.b{color:red}', '<p class="b"></p>')).toBe('.b{color:red}');
  });

  it('keeps only the custom properties the kept rules read, following var() chains', () => {
    const css =
      ':root{--color-ink:var(--color-stone-900);--color-stone-900:#111;--color-sky-800:#024}.text-ink{color:var(--color-ink)}.text-sky{color:var(--color-sky-800)}';
    expect(prune(css, '<p class="text-ink"></p>')).toBe(':root{--color-ink:var(--color-stone-900);--color-stone-900:#111}.text-ink{color:var(--color-ink)}');
  });

  it('keeps a declaration whole when its value holds a ";"', () => {
    const css = '.a{--x:1;content:";--y: 2";color:red}';
    expect(prune(css, '<p class="a"></p>')).toBe('.a{content:";--y: 2";color:red}');
  });

  it('keeps an @property only where a kept rule uses it', () => {
    const css =
      '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}@property --tw-blur{syntax:"*";inherits:false}.border{border-style:var(--tw-border-style)}';
    expect(prune(css, '<p class="border"></p>')).toBe(
      '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}.border{border-style:var(--tw-border-style)}',
    );
  });

  it('gives the same cut when run again on its own output', () => {
    const css = '.a{color:red}@media print{.b{color:blue}}:root{--x:1;--y:2}.a{width:var(--x)}';
    const html = '<p class="a"></p>';
    const once = prune(css, html);
    expect(prune(once, html)).toBe(once);
  });

  it('keeps what a script names: classes and elements it creates', () => {
    const sheet = compileStylesheet('mark.pagefind-highlight{background:yellow}.sr-only{position:absolute}.never{color:red}');
    const classes = classesInScript("const m=document.createElement('mark');m.className='pagefind-highlight';s.className='sr-only'", sheet);
    expect(pruneStylesheet(sheet, classes)).toBe('mark.pagefind-highlight{background:yellow}.sr-only{position:absolute}');
  });
});

describe('kinds of page', () => {
  it('groups pages by their route, not their slug', () => {
    expect(pageKind('index.html')).toBe('index.html');
    expect(pageKind('404.html')).toBe('404.html');
    expect(pageKind('briefings/index.html')).toBe('briefings');
    expect(pageKind('briefings/alaaldin-brookings-2020/index.html')).toBe('briefings/*');
    expect(pageKind('briefings/ataa-center-2020/index.html')).toBe('briefings/*');
    expect(pageKind('recommendations/page/2/index.html')).toBe('recommendations/*/*');
  });
});
