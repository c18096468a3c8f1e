import { linkifyMail } from './linkify';

const origin = 'http://127.0.0.1:3000';

describe('linkifyMail', () => {
  it('makes links to this site clickable as in-app paths, fragment included', () => {
    expect(linkifyMail(`Open ${origin}/uitnodiging#ABCD-EFGH-JKLM.\nKlaar`, origin)).toEqual([
      { kind: 'text', text: 'Open ' },
      {
        kind: 'link',
        text: `${origin}/uitnodiging#ABCD-EFGH-JKLM`,
        to: '/uitnodiging#ABCD-EFGH-JKLM',
      },
      { kind: 'text', text: '.\nKlaar' },
    ]);
  });

  it('leaves links to any other site as plain text', () => {
    const text = 'Zie https://evil.example/uitnodiging of http://127.0.0.1:3001/x';
    expect(linkifyMail(text, origin)).toEqual([{ kind: 'text', text }]);
  });
});
