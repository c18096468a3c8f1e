import { parseRichText, richTextProblem } from './rich-text';

describe('richTextProblem', () => {
  it('accepts paragraphs, lists, bold and italic', () => {
    expect(richTextProblem('Een zin met **vet** en *schuin*.\n\n- een\n- twee')).toBeNull();
  });

  it.each([
    ['<b>vet</b>', /HTML/],
    ['Een <!-- opmerking -->', /HTML/],
    ['Tekst met `code`', /backticks/],
    ['Zie [dit](https://example.org)', /Links/],
    ['## Kop', /Headings/],
    ['Een **halve', /\*/],
    ['Drie * vier', /\*/],
    ['- ', /empty/],
  ])('refuses %j', (source, message) => {
    expect(richTextProblem(source)).toMatch(message);
  });

  it('allows comparisons and hyphens that are not markup', () => {
    expect(richTextProblem('Spanning 3 < 7 is prima - echt waar.')).toBeNull();
  });
});

describe('parseRichText', () => {
  it('splits paragraphs on empty lines and joins lines within one', () => {
    expect(parseRichText('Regel een\nregel twee\n\nNieuwe alinea')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Regel een regel twee' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Nieuwe alinea' }] },
    ]);
  });

  it('reads bold and italic', () => {
    expect(parseRichText('Dit is **belangrijk** en *zacht*.')).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Dit is ' },
          { type: 'bold', text: 'belangrijk' },
          { type: 'text', text: ' en ' },
          { type: 'italic', text: 'zacht' },
          { type: 'text', text: '.' },
        ],
      },
    ]);
  });

  it('reads a list directly after a paragraph line', () => {
    expect(parseRichText('Bijvoorbeeld:\n- *een*\n- twee')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Bijvoorbeeld:' }] },
      {
        type: 'list',
        items: [[{ type: 'italic', text: 'een' }], [{ type: 'text', text: 'twee' }]],
      },
    ]);
  });

  it('keeps HTML as literal text for the renderer to escape', () => {
    expect(parseRichText('<b>x</b>')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: '<b>x</b>' }] },
    ]);
  });
});
