import { describe, expect, it } from 'vitest';
import {
  isFallback, localizedMeasure, localizedNews, localizedText, NEWS_TRANSLATION_FIELDS, PROVIDER_TRANSLATION_FIELDS, TRANSLATION_FIELDS,
} from '@/lib/i18n/content';

const measure = {
  name: 'Turgruppe',
  summary: 'Vi går tur sammen.',
  description: 'Lang tekst på bokmål.',
  howToStart: null,
  nameNn: 'Turgruppe',
  nameEn: 'Hiking group',
  summaryNn: null,
  summaryEn: 'We go hiking together.',
  descriptionNn: 'Lang tekst på nynorsk.',
  descriptionEn: '   ',
  howToStartNn: 'Møt opp.',
  howToStartEn: null,
};

describe('translated measure texts', () => {
  it('gives Bokmål pages the original, whatever translations exist', () => {
    expect(localizedMeasure(measure, 'nb')).toEqual({
      name: { text: 'Turgruppe', lang: 'nb' },
      summary: { text: 'Vi går tur sammen.', lang: 'nb' },
      description: { text: 'Lang tekst på bokmål.', lang: 'nb' },
      howToStart: null,
    });
  });

  it('uses a translation where there is one and falls back to Bokmål, marked nb, where not', () => {
    expect(localizedMeasure(measure, 'en')).toEqual({
      name: { text: 'Hiking group', lang: 'en' },
      summary: { text: 'We go hiking together.', lang: 'en' },
      // A blank translation counts as none.
      description: { text: 'Lang tekst på bokmål.', lang: 'nb' },
      howToStart: null,
    });
    expect(localizedMeasure(measure, 'nn')).toEqual({
      name: { text: 'Turgruppe', lang: 'nn' },
      summary: { text: 'Vi går tur sammen.', lang: 'nb' },
      description: { text: 'Lang tekst på nynorsk.', lang: 'nn' },
      // A translation without a Bokmål original is still shown.
      howToStart: { text: 'Møt opp.', lang: 'nn' },
    });
  });

  it('treats rows without translation columns as untranslated', () => {
    expect(localizedText({ name: 'Dagsverket' }, 'name', 'en')).toEqual({ text: 'Dagsverket', lang: 'nb' });
    expect(localizedText({ description: null }, 'description', 'nn')).toBeNull();
  });

  it('says which texts are fallbacks', () => {
    const en = localizedMeasure(measure, 'en');
    expect(isFallback(en.name, 'en')).toBe(false);
    expect(isFallback(en.description, 'en')).toBe(true);
    expect(isFallback(en.howToStart, 'en')).toBe(false);
    expect(isFallback(localizedMeasure(measure, 'nb').name, 'nb')).toBe(false);
  });

  it('names the eight translation columns', () => {
    expect(TRANSLATION_FIELDS).toEqual([
      'nameNn', 'summaryNn', 'descriptionNn', 'howToStartNn', 'nameEn', 'summaryEn', 'descriptionEn', 'howToStartEn',
    ]);
  });
});

describe('translated news and provider texts', () => {
  const news = { title: 'Sommerstengt', body: 'Stengt i juli.', titleNn: 'Sommarstengt', titleEn: 'Closed for summer', bodyNn: null, bodyEn: 'Closed in July.' };

  it('gives each news text in the page\'s language where translated, else Bokmål marked nb', () => {
    expect(localizedNews(news, 'en')).toEqual({ title: { text: 'Closed for summer', lang: 'en' }, body: { text: 'Closed in July.', lang: 'en' } });
    const nn = localizedNews(news, 'nn');
    expect(nn).toEqual({ title: { text: 'Sommarstengt', lang: 'nn' }, body: { text: 'Stengt i juli.', lang: 'nb' } });
    expect([isFallback(nn.title, 'nn'), isFallback(nn.body, 'nn')]).toEqual([false, true]);
    expect(localizedNews(news, 'nb')).toEqual({ title: { text: 'Sommerstengt', lang: 'nb' }, body: { text: 'Stengt i juli.', lang: 'nb' } });
    expect(localizedNews({ ...news, titleEn: ' ', bodyEn: '' }, 'en')).toEqual({ title: { text: 'Sommerstengt', lang: 'nb' }, body: { text: 'Stengt i juli.', lang: 'nb' } });
  });

  it('gives a provider\'s description in the page\'s language, Bokmål marked nb, or nothing', () => {
    const provider = { description: 'Ideell organisasjon.', descriptionNn: 'Ideell organisasjon.', descriptionEn: null };
    expect(localizedText(provider, 'description', 'nn')).toEqual({ text: 'Ideell organisasjon.', lang: 'nn' });
    expect(localizedText(provider, 'description', 'en')).toEqual({ text: 'Ideell organisasjon.', lang: 'nb' });
    // A translation without a Bokmål original is still shown; no text at all is nothing.
    expect(localizedText({ description: null, descriptionEn: 'Non-profit.' }, 'description', 'en')).toEqual({ text: 'Non-profit.', lang: 'en' });
    expect(localizedText({ description: null, descriptionNn: null }, 'description', 'nn')).toBeNull();
  });

  it('names their translation columns', () => {
    expect(NEWS_TRANSLATION_FIELDS).toEqual(['titleNn', 'bodyNn', 'titleEn', 'bodyEn']);
    expect(PROVIDER_TRANSLATION_FIELDS).toEqual(['descriptionNn', 'descriptionEn']);
  });
});
