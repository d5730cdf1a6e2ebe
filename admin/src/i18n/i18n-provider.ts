import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'ra-core';
import { generatedMessages } from '../generated/messages';
import { appMessages } from './app-messages';
import { raChineseMessages } from './ra-zh-CN';

export type AppLocale = 'zh' | 'en';

/** zh-CN is merged over English so that a key missing in Chinese would still show something readable. */
export const messages: Record<AppLocale, TranslationMessages> = {
  zh: mergeTranslations(englishMessages, raChineseMessages, generatedMessages.zh, appMessages.zh),
  en: mergeTranslations(englishMessages, generatedMessages.en, appMessages.en),
};

export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[(locale as AppLocale) ?? 'zh'] ?? messages.zh,
  'zh',
  [
    { locale: 'zh', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
);
