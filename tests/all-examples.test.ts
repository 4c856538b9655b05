// Renders every example of every element: each must render, log only the warning it declares,
// and pass axe in every state (collapsed explanations opened too).
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { allExamples } from '../src/generated/all-examples.js';
import { resetWarnings } from '../src/internal/warn.js';
import { axeViolations, captureConsole, deepText, mount, settle, toggles } from './helpers.js';

for (const set of allExamples) {
  describe(`<${set.tag}> examples`, () => {
    for (const ex of set.examples) {
      it(`${ex.name}: renders, warns as declared, and passes axe in every state`, async () => {
        resetWarnings();
        let el!: HTMLElement;
        const logged = await captureConsole(async () => {
          el = await mount(set, ex);
        });
        if (ex.warns) {
          expect(logged, 'console output').to.have.length(1);
          expect(logged[0]).to.contain(ex.warns);
        } else {
          expect(logged, 'console output').to.deep.equal([]);
        }
        expect(deepText(el).trim(), 'visible text').to.not.equal('');
        expect(await axeViolations(el), 'axe violations').to.deep.equal([]);

        const buttons = toggles(el);
        if (buttons.length) {
          buttons.forEach((b) => b.click());
          await settle(el);
          expect(await axeViolations(el), 'axe violations when expanded').to.deep.equal([]);
        }
        expect((window as unknown as { __havenPwned?: number }).__havenPwned).to.equal(undefined);
      });
    }
  });
}
