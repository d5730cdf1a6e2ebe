import { useLocaleState } from 'react-admin';
import { formatters, type Formatters } from './formatters';

/** The formatters of the app's current language. */
export function useFormat(): Formatters {
  const [locale] = useLocaleState();
  return formatters(locale);
}
