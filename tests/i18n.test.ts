import { expect } from '@open-wc/testing';
import '../src/define.js';
import { mythFactExamples as set } from '../components/myth-fact/myth-fact.examples.js';
import { example } from '../src/examples.js';
import { addStrings, setStrings, strings } from '../src/i18n/index.js';
import { en } from '../src/i18n/en.js';
import { mythFactStrings } from '../components/myth-fact/myth-fact.strings.js';
import { therapistCalloutStrings } from '../components/therapist-callout/therapist-callout.strings.js';
import { deepText, mount, shadow } from './helpers.js';

describe('UI strings', () => {
  afterEach(() => setStrings({ ...en, ...mythFactStrings, ...therapistCalloutStrings }));

  it('each loaded element has added its own English words', () => {
    expect(strings().myth).to.equal('Common myth');
    expect(strings().groupEmpty).to.be.a('string');
    expect(strings().quickExit).to.be.a('string');
    expect(strings().guideHeading).to.be.a('string');
    expect(strings().wellbeingCaption).to.be.a('string');
  });

  it('a replacement set before an element loads wins over the defaults it adds', () => {
    // As when a page calls setStrings and the loader fetches the element's chunk afterwards.
    setStrings({ calloutPartial: 'Faltan algunos datos.' } as never);
    addStrings({ calloutPartial: 'Some details could not be shown.' } as never);
    expect((strings() as unknown as Record<string, string>).calloutPartial).to.equal(
      'Faltan algunos datos.',
    );
  });

  it('a card shows replaced words and a localised review date', async () => {
    setStrings({
      myth: 'Mito común',
      months:
        'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
      dateFormat: '{day} de {month} de {year}',
    });
    const el = await mount(set, example(set, 'default'));
    const text = deepText(shadow(el)).replace(/\s+/g, ' ');
    expect(text).to.contain('Mito común');
    expect(text).to.match(
      /\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/,
    );
  });
});
