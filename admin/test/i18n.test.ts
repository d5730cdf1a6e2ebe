import englishMessages from 'ra-language-english';
import { appMessages } from '../src/i18n/app-messages';
import { raChineseMessages } from '../src/i18n/ra-zh-CN';
import { generatedMessages } from '../src/generated/messages';

/** Every key of a nested message object, as dotted paths. */
function keys(o: object, prefix = ''): string[] {
  return Object.entries(o)
    .flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
    .sort();
}
const han = /[\u4e00-\u9fa5]/;

describe('messages', () => {
  it('the zh-CN file has exactly the keys of ra-language-english', () => {
    expect(keys(raChineseMessages)).toEqual(keys(englishMessages));
    expect(keys(englishMessages).length).toBeGreaterThanOrEqual(164);
  });

  it('every react-admin message is translated (no English left, blanks only where English is blank)', () => {
    const flat = (o: object, prefix = ''): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' ? flat(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]],
      );
    for (const [key, value] of flat(raChineseMessages)) {
      // Nothing to translate: a blank, or placeholders only ('%{name} %{recordRepresentation}').
      if (!value.replace(/%\{\w+\}/g, '').trim()) continue;
      expect([key, han.test(value)]).toEqual([key, true]);
    }
  });

  it('the console’s own and the generated messages have the same keys in both languages', () => {
    expect(keys(appMessages.zh)).toEqual(keys(appMessages.en));
    expect(keys(generatedMessages.zh)).toEqual(keys(generatedMessages.en));
    expect(generatedMessages.zh.resources.ServiceClass.fields.feePerDayFen).toBe('每日收费');
  });
});
