import { expect } from '@open-wc/testing';
import { lintHtml } from '../src/lint/lint.js';
import { checkText } from '../src/lint/rules.js';

// The content rules and the page linter run in a browser as they do in Node (for an embed
// builder that checks an editor's snippet before it is copied).
describe('the content rules in a browser', () => {
  it('lints a snippet: a promise, an http: link and an unknown topic, with positions', () => {
    const snippet = [
      '<haven-myth-fact reviewed="2026-11-30">',
      '  <h3 slot="fact">It is 100% anonymous.</h3>',
      '  <p slot="myth">A myth.</p>',
      '  <p><a href="http://example.org/">More</a></p>',
      '</haven-myth-fact>',
      '<haven-myth-facts topic="astrology"></haven-myth-facts>',
    ].join('\n');
    expect(lintHtml(snippet).map((m) => [m.rule, m.severity, m.line, m.column])).to.deep.equal([
      ['absolute-promise', 'error', 2, 25],
      ['https-only', 'error', 4, 15],
      ['unknown-topic', 'error', 6, 26],
    ]);
  });

  it('reads Spanish words by the Spanish rules, from the nearest lang', () => {
    const snippet = [
      '<div lang="es-MX">',
      '  <haven-quick-exit label="Salir: borra tu historial"></haven-quick-exit>',
      '  <haven-quick-exit label="Salir (no borra tu historial)"></haven-quick-exit>',
      '</div>',
      '<haven-quick-exit label="Salir: borra tu historial"></haven-quick-exit>',
    ].join('\n');
    expect(lintHtml(snippet).map((m) => [m.rule, m.severity, m.line, m.column])).to.deep.equal([
      ['absolute-promise', 'error', 2, 35],
    ]);
    expect(checkText('Lo que cuentas puede no ser confidencial.', 'builtin', 'es')).to.deep.equal(
      [],
    );
  });

  it('stays quiet on words that promise nothing', () => {
    expect(
      checkText('Ask whether it is confidential. Sex worker-led groups help.', 'builtin'),
    ).to.deep.equal([]);
  });
});
