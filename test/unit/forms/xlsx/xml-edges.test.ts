/**
 * The regex XML reader of form workbooks: every entity form, attributes with either quote,
 * spaces around `=`, prefixes dropped except on xmlns, elements told apart from longer
 * names, self-closing and prefixed elements, and text runs with phonetic guides and
 * `_xHHHH_` escapes. Each test builds its own XML.
 */
import { describe, expect, it } from 'vitest';
import { attributes, elements, escapeXml, firstText, textOf, unescapeXml } from '../../../../site/lib/forms/xlsx/xml.ts';

describe('unescapeXml', () => {
  it('turns every named, decimal and hexadecimal entity back into its character', () => {
    expect(unescapeXml('&amp;&lt;&gt;&quot;&apos;')).toBe(`&<>"'`);
    expect(unescapeXml('&#65;&#x41;&#x4e2d;&#x4E2D;&#20013;&#x1F600;')).toBe('AA中中中😀');
  });

  it('reads each entity once and leaves unknown or broken ones as written', () => {
    expect(unescapeXml('&amp;lt;')).toBe('&lt;');
    expect(unescapeXml('&nbsp; &amp &#xZZ; &#; a&b')).toBe('&nbsp; &amp &#xZZ; &#; a&b');
    expect(unescapeXml(escapeXml(`<a href="x">&'</a>`))).toBe(`<a href="x">&'</a>`);
  });
});

describe('attributes', () => {
  it('reads double- and single-quoted values, with spaces around =, unescaped', () => {
    expect(attributes(` a="1" b='2'  c = "x y" d="a&amp;b" e="" f='it"s'`)).toEqual({ a: '1', b: '2', c: 'x y', d: 'a&b', e: '', f: 'it"s' });
  });

  it('drops a prefix (r:id → id) but keeps namespace declarations whole, and names with dots and hyphens', () => {
    expect(attributes('r:id="rId3" xmlns:r="urn:r" xmlns="urn:main" xml.a-b="z" x14ac:dyDescent="0.25"')).toEqual({
      id: 'rId3',
      'xmlns:r': 'urn:r',
      xmlns: 'urn:main',
      'xml.a-b': 'z',
      dyDescent: '0.25',
    });
  });

  it('ignores a name without a quoted value', () => {
    expect(attributes('hidden a=1 b="2"')).toEqual({ b: '2' });
    expect(attributes('')).toEqual({});
  });
});

describe('elements', () => {
  it('finds elements with content, self-closing ones and prefixed ones, in order', () => {
    const xml = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"/><x:c r="C1" t="s"><x:v>2</x:v></x:c></row>';
    expect(elements(xml, 'c')).toEqual([
      { attrs: { r: 'A1' }, inner: '<v>1</v>' },
      { attrs: { r: 'B1' }, inner: '' },
      { attrs: { r: 'C1', t: 's' }, inner: '<x:v>2</x:v>' },
    ]);
    expect(elements(xml, 'row')).toEqual([{ attrs: { r: '1' }, inner: xml.slice('<row r="1">'.length, -'</row>'.length) }]);
  });

  it('does not take a longer name for the one asked for, and reads content across lines', () => {
    const xml = '<cols><col min="1"/></cols><c>\n<v>3</v>\n</c><cc>9</cc>';
    expect(elements(xml, 'col')).toEqual([{ attrs: { min: '1' }, inner: '' }]);
    expect(elements(xml, 'c')).toEqual([{ attrs: {}, inner: '\n<v>3</v>\n' }]);
    expect(elements('<sheets><sheet name="甲"/></sheets>', 'sheet')).toEqual([{ attrs: { name: '甲' }, inner: '' }]);
    expect(elements('<a>x</a>', 'b')).toEqual([]);
    expect(elements('', 'a')).toEqual([]);
  });
});

describe('firstText', () => {
  it('gives the first element’s text unescaped, undefined when there is none', () => {
    expect(firstText('<t>a&amp;b</t><t>c</t>', 't')).toBe('a&b');
    expect(firstText('<t/>', 't')).toBe('');
    expect(firstText('<u>a</u>', 't')).toBeUndefined();
  });
});

describe('textOf', () => {
  it('joins every run, keeps spaces, and leaves out phonetic guides, also prefixed ones', () => {
    expect(textOf('<r><t>张</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 三 </t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh>')).toBe('张 三 ');
    expect(textOf('<x:t>甲</x:t><x:rPh><x:t>こう</x:t></x:rPh><x:t>乙</x:t>')).toBe('甲乙');
    expect(textOf('<t>一</t><rPh><t>いち</t></rPh><t>二</t><rPh><t>に</t></rPh><t>三</t>')).toBe('一二三');
  });

  it('unescapes entities and decodes _xHHHH_ escapes of characters XML cannot hold', () => {
    expect(textOf('<t>a&lt;b_x000D_c_x0009_d</t>')).toBe('a<b\rc\td');
    expect(textOf('<t>_x005F_x0041_</t>')).toBe('_x0041_');
    expect(textOf('')).toBe('');
  });
});
